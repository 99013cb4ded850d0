import { describe, expect, it } from "vitest";
import { compareAddresses } from "./compare-address";
import { compareEmails, comparePhones } from "./compare-contacts";
import { compareDates } from "./compare-dates";
import { compareCountries, compareIdentifiers } from "./compare-identifiers";
import { compareOrganizations, comparePersonNames } from "./compare-names";
import { fuzzyTokenSimilarity } from "./fuzzy-tokens";

const level = (c: { level: string } | null) => c?.level ?? "missing";

describe("field comparators", () => {
  it("grades names: exact through accents and case, initials, typos, strangers", () => {
    const levels = (a: string, b: string) => comparePersonNames({ firstName: a }, { firstName: b }).map((c) => c.level);
    expect(levels("José", "JOSE")).toEqual(["exact"]);
    expect(levels("J", "Johannes")).toEqual(["initial"]);
    expect(levels("Bill", "William")).toEqual(["nickname"]);
    expect(levels("Hans", "Johannes")).toEqual(["nickname"]);
    expect(levels("Max", "Maximilian")).toEqual(["nickname"]);
    expect(levels("Kees", "Cornelis")).toEqual(["nickname"]);
    expect(levels("Cat", "Catherine")).toEqual(["nickname"]);
    expect(levels("Piet", "Pieter")).toEqual(["nickname"]);
    expect(levels("Heinz", "Henk")).not.toEqual(["nickname"]);
    expect(levels("Jonathan", "Jonathon")).toEqual(["close"]);
    expect(levels("Anna", "Klaus")).toEqual(["different"]);
    expect(comparePersonNames({ firstName: "Anna" }, { lastName: "Anna" })).toEqual([]);
  });

  it("takes a given name more than two edits away for another name, however alike it sounds, unless one holds the other", () => {
    const levels = (a: string, b: string) => comparePersonNames({ firstName: a }, { firstName: b }).map((c) => c.level);
    expect(levels("Romane", "Dominique")).toEqual(["different"]);
    expect(levels("Johnson", "Shanon")).toEqual(["different"]);
    expect(levels("Jonas", "Johannes")).toEqual(["different"]);
    expect(levels("Richard", "Richarcl")).not.toEqual(["different"]);
    expect(levels("Tom", "Tim")).not.toEqual(["different"]);
    expect(levels("Anna Maria", "Anna")).not.toEqual(["different"]);
  });

  it("takes one slip inside a long name for the same name, wherever Jaro-Winkler puts it", () => {
    const levels = (a: string, b: string) => comparePersonNames({ firstName: a }, { firstName: b }).map((c) => c.level);
    expect(levels("Laurianne", "Lsurianne")).toEqual(["close"]);
    expect(comparePersonNames({ firstName: "Jhon" }, { firstName: "John" })[0]).toMatchObject({ level: "close", note: "two letters swapped" });
    const last = (a: string, b: string) => comparePersonNames({ lastName: a }, { lastName: b })[0];
    expect(last("Breuer", "Breuwr")).toMatchObject({ level: "close", note: "one typing slip" });
  });

  it("does not take another name one letter away for a slip: short names, first letters, endings, short swaps", () => {
    const levels = (a: string, b: string) => comparePersonNames({ firstName: a }, { firstName: b }).map((c) => c.level);
    for (const [a, b] of [["Tom", "Tim"], ["Bilal", "Ilal"], ["Harry", "Larry"], ["Jenny", "Penny"], ["Mario", "Maria"], ["Simone", "Simona"], ["Ian", "Ina"], ["Amy", "May"]]) {
      expect(levels(a, b), `${a}/${b}`).not.toEqual(["close"]);
    }
    expect(levels("Eva", "Ave")).toEqual(["different"]);
  });

  it("takes a double surname after marriage for similar to the maiden name", () => {
    const last = (a: string, b: string) => comparePersonNames({ lastName: a }, { lastName: b })[0];
    expect(last("Fay", "Fay-Kshlerin")).toMatchObject({ level: "similar", note: "one name is part of the other" });
    expect(last("Fay", "Kshlerin").level).toBe("different");
  });

  it("counts words shared with typos and in any order", () => {
    expect(fuzzyTokenSimilarity("muller brothers trading", "trading mueller brothers")).toBe(1);
    expect(fuzzyTokenSimilarity("acme trading", "globex mining")).toBe(0);
    expect(fuzzyTokenSimilarity("", "acme")).toBe(0);
  });

  it("compares organizations without their legal form and in any word order", () => {
    expect(level(compareOrganizations({ organizationName: "Acme Trading" }, { organizationName: "Trading Acme" }))).toBe("tokens");
    expect(level(compareOrganizations({ organizationName: "Acme Tradng Co" }, { organizationName: "Trading Acme" }))).toBe("tokens");
    expect(level(compareOrganizations({ organizationName: "Acme" }, { organizationName: "Globex" }))).toBe("different");
    expect(compareOrganizations({ organizationName: "Acme" }, {})).toBeNull();
  });

  it("forgives day/month swaps and single-digit typos in dates, and keeps a slip in the decade apart", () => {
    expect(level(compareDates("1985-03-07", "1985-07-03"))).toBe("dayMonthSwapped");
    expect(level(compareDates("1985-03-07", "1985-03-08"))).toBe("oneDigit");
    expect(level(compareDates("1985-03-07", "1986-03-07"))).toBe("oneDigit");
    expect(compareDates("1985-03-07", "1955-03-07")).toMatchObject({ level: "decadeDigit", note: "birth years 30 apart by one digit: a typo, or another generation" });
    expect(level(compareDates("1985-03-07", "1885-03-07"))).toBe("oneDigit");
    expect(level(compareDates("1985-03-07", "1985-11-20"))).toBe("sameYear");
    expect(level(compareDates("1985-03-07", "1962-11-20"))).toBe("different");
    expect(compareDates(undefined, "1985-03-07")).toBeNull();
  });

  it("matches a mailbox at another provider and a phone written with another prefix", () => {
    expect(level(compareEmails("Anna.Schmidt@GMX.de", "anna.schmidt@gmx.de"))).toBe("exact");
    expect(level(compareEmails("anna.schmidt@gmx.de", "anna.schmidt@web.de"))).toBe("sameLocalPart");
    expect(level(compareEmails("a@gmx.de", "b@web.de"))).toBe("different");
    expect(level(compareEmails("info@franey.com", "info@hand.com"))).toBe("different");
    expect(level(comparePhones("+49 30 12345678", "030 12345678"))).toBe("sameSubscriber");
    expect(level(comparePhones("+493012345678", "+493087654321"))).toBe("different");
  });

  it("forgives one mistyped digit of a phone, but not of a short extension", () => {
    expect(level(comparePhones("+19816629907", "+19816629097"))).toBe("oneDigit");
    expect(level(comparePhones("+19286882130", "+19286882139"))).toBe("oneDigit");
    expect(level(comparePhones("+4930123456789", "+493012345678"))).toBe("oneDigit");
    expect(level(comparePhones("+19816629907", "+19816692097"))).toBe("different");
    expect(level(comparePhones("1234", "1243"))).toBe("different");
  });

  it("treats an address as one piece of evidence, from the same door down to the same city", () => {
    const home = { street: "Hauptstraße", houseNumber: "12", postalCode: "10115", city: "Berlin" };
    expect(level(compareAddresses(home, { ...home, street: "Hauptstrasse" }))).toBe("exact");
    expect(level(compareAddresses(home, { ...home, houseNumber: "14" }))).toBe("sameStreet");
    expect(level(compareAddresses({ postalCode: "10115", city: "Berlin" }, home))).toBe("samePlace");
    expect(level(compareAddresses(home, { ...home, street: "Gartenweg" }))).toBe("samePostalCode");
    expect(level(compareAddresses(home, { street: "Gartenweg", postalCode: "10999", city: "Berlin" }))).toBe("sameCity");
    expect(level(compareAddresses(home, { street: "Rue de Rivoli", postalCode: "75001", city: "Paris" }))).toBe("different");
    expect(compareAddresses(home, { country: "DE" })).toBeNull();
  });

  it("accepts identifiers one keystroke apart and compares countries exactly", () => {
    expect(level(compareIdentifiers("taxId", "DE123456789", "DE123456789"))).toBe("exact");
    expect(level(compareIdentifiers("taxId", "DE123456789", "DE123456780"))).toBe("oneEdit");
    expect(level(compareIdentifiers("nationalId", "AB1", "XY9"))).toBe("different");
    expect(level(compareCountries("DE", "AT"))).toBe("different");
  });

  it("counts two neighbouring digits swapped as one slip, and uses a country's check digit to tell a typo from another person's number", () => {
    // A Dutch citizen service number (BSN, eleven-proof) and copies of it.
    const bsn = "111222333";
    expect(compareIdentifiers("nationalId", bsn, "112122333", { left: "NL", right: "NL" })).toMatchObject({ level: "oneEdit", note: "two neighbouring characters swapped" });
    // Two digits off and failing the eleven-proof: the same number mistyped.
    expect(compareIdentifiers("nationalId", bsn, "001222333", { left: "NL", right: "NL" })).toMatchObject({ level: "oneEdit", note: expect.stringContaining("001222333 fails its check digit") });
    // Two digits off and passing it: someone else's number.
    expect(level(compareIdentifiers("nationalId", bsn, "091222333", { left: "NL", right: "NL" }))).toBe("different");
    // Without a country there is no check to go by.
    expect(level(compareIdentifiers("nationalId", bsn, "001222333"))).toBe("different");
  });

  it("tells one organization's long and short names apart from a sister company's other legal form", () => {
    const org = (organizationName: string) => ({ organizationName });
    expect(compareOrganizations(org("Riverside YMCA of Greater Springfield Elmwood"), org("Riverside Y Elmwood"))).toMatchObject({ level: "contains" });
    expect(compareOrganizations(org("Hope Services – Maple Centre"), org("Hope Services Society of Springfield Maple Centre"))).toMatchObject({ level: "contains" });
    expect(compareOrganizations(org("Valley Food Bank – Cedar Campus"), org("Valley Food Bank of San Diego – Cedar Campyus"))).toMatchObject({ level: "contains" });
    expect(level(compareOrganizations(org("Crossroads Senior Center of Greater Chicago (Oak Center)"), org("Crossroads Senior Center of Gtr Chicago – Oak Center")))).toBe("exact");
    // Another site is not the short form of this one.
    expect(level(compareOrganizations(org("Hope Services – Maple Centre"), org("Hope Services Society of Springfield Oak Centre")))).not.toBe("contains");
    // A lone initial does not make a name.
    expect(level(compareOrganizations(org("Riverside Y"), org("Riverside Yoga Collective Downtown")))).not.toBe("contains");
    expect(compareOrganizations(org("Medhurst, Stokes and Beahan Inc"), org("Medhurst, Stokes & Beahan LLC"))).toMatchObject({ level: "otherLegalForm", note: "another legal form (inc / llc)" });
    expect(level(compareOrganizations(org("Mertz Incorporated"), org("MERTZ, INC.")))).toBe("exact");
    // Two sites share a long beginning, not a typo.
    expect(level(compareOrganizations(org("Greenwood Housing Association – Phillips Branch"), org("Greenwood Housing Association – Northeast")))).not.toBe("close");
    expect(level(compareOrganizations(org("Greenwood Housing Asociation"), org("Greenwood Housing Association")))).toBe("close");
    expect(level(compareOrganizations(org("Mertz GmbH"), org("Mertz")))).toBe("exact");
  });
});
