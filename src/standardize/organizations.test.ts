import { describe, expect, it } from "vitest";
import { matchNameOf } from "./match-name";
import { organizationMatchName } from "./organizations";
import { standardizeRecord } from "./record";

describe("organizationMatchName", () => {
  it("leaves out the legal form, however it is written", () => {
    for (const name of ["ACME GmbH", "Acme G.m.b.H.", "acme gmbh", "Acme", "ACME GmbH & Co. KG", "Acme Ltd.", "Acme Limited"]) {
      expect(organizationMatchName(name), name).toBe("acme");
    }
  });

  it("knows legal forms of several countries, dotted and multi-word ones included", () => {
    const names = ["Acme S.p.A.", "Acme A/S", "Acme Sp. z o.o.", "Acme S.à r.l.", "Acme (Pty) Ltd", "Acme B.V.", "Acme Oy", "Acme Inc.", "Acme LLC", "Acme PLC"];
    for (const name of names) expect(organizationMatchName(name), name).toBe("acme");
  });

  it("treats '&' and 'and' alike and drops a leading 'The'", () => {
    expect(organizationMatchName("Johnson & Johnson")).toBe(organizationMatchName("Johnson and Johnson"));
    expect(organizationMatchName("The Acme Corporation")).toBe("acme");
  });

  it("reads a word organizations shorten or spell two ways as one word, and only whole words", () => {
    expect(organizationMatchName("Riverside Community Ctr.")).toBe(organizationMatchName("Riverside Community Centre"));
    expect(organizationMatchName("Acme Intl Svcs")).toBe(organizationMatchName("ACME International Services"));
    expect(organizationMatchName("St. Mary's Hosp.")).toBe(organizationMatchName("Saint Marys Hospital"));
    expect(organizationMatchName("Centreville Dental")).toBe("centreville dental");
  });

  it("keeps digits, words that only look like legal forms inside the name, and a name that is only a legal form", () => {
    expect(organizationMatchName("3M Deutschland GmbH")).toBe("3m deutschland");
    expect(organizationMatchName("AG Bank Holding")).toBe("ag bank holding");
    expect(organizationMatchName("AG")).toBe("ag");
    expect(organizationMatchName("--!!--")).toBeNull();
  });
});

describe("organizations in a record", () => {
  it("stores the name as written, trimmed, while the match name has no legal form", () => {
    const out = standardizeRecord({ organizationName: "  ACME   GmbH " });
    expect(out.organizationName).toBe("ACME GmbH");
    expect(matchNameOf(out)).toBe(matchNameOf(standardizeRecord({ organizationName: "Acme" })));
  });
});
