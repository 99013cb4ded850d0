import { describe, expect, it } from "vitest";
import { createFakers } from "./locales";
import { organizationNameCorruptions } from "./organization-name-corruptions";

const { byCountry } = createFakers(2);
const apply = (kind: string, organizationName: string) =>
  organizationNameCorruptions.find((c) => c.kind === kind)!.apply({ organizationName, country: "US" }, { f: byCountry.US, country: "US" })?.organizationName;
const outcomes = (kind: string, name: string) => new Set(Array.from({ length: 80 }, () => apply(kind, name)));

describe("organizationNameCorruptions", () => {
  const site = "Riverside YMCA of Greater Chicago – Elmwood";

  it("abbreviates or expands one word: YMCA as Y or in full, Center as Ctr", () => {
    expect(outcomes("org:abbreviation", site)).toEqual(
      new Set(["Riverside Y of Greater Chicago – Elmwood", "Riverside Young Men's Christian Association of Greater Chicago – Elmwood", "Riverside YMCA of Gtr Chicago – Elmwood"]),
    );
    expect(apply("org:abbreviation", "Hope Family Ctr")).toMatch(/^Hope Family (Center|Centre)$/);
    expect(apply("org:abbreviation", "Acme Widgets")).toBeUndefined();
  });

  it("writes & for and and back", () => {
    expect(apply("org:ampersand", "Boys and Girls Club")).toBe("Boys & Girls Club");
    expect(apply("org:ampersand", "Boys & Girls Club")).toBe("Boys and Girls Club");
  });

  it("drops the metro area the organization serves, keeping the site", () => {
    expect(apply("org:area-dropped", site)).toBe("Riverside YMCA – Elmwood");
    expect(apply("org:area-dropped", "Hope Services Society of Los Angeles Inc")).toBe("Hope Services Society Inc");
    expect(apply("org:area-dropped", "Hope Services Society")).toBeUndefined();
  });

  it("writes the site suffix another way, and only for a site", () => {
    for (const name of outcomes("org:site-form", site)) {
      expect(name).toMatch(/^Riverside YMCA of Greater Chicago(?: - |, | \(| | at )Elmwood(?:\)| Site)?$/);
      expect(name).not.toBe(site);
    }
    expect(apply("org:site-form", "Riverside YMCA")).toBeUndefined();
  });

  it("names a program or department after the site", () => {
    expect(apply("org:program-suffix", site)?.startsWith(`${site}`)).toBe(true);
    expect(apply("org:program-suffix", site)!.length).toBeGreaterThan(site.length + 4);
  });
});
