import { describe, expect, it } from "vitest";
import { compareAddresses } from "./compare-address";
import { compareEmails, comparePhones } from "./compare-contacts";
import { compareDates } from "./compare-dates";
import { compareIdentifiers } from "./compare-identifiers";
import { compareOrganizations, comparePersonNames } from "./compare-names";
import { compareRecords } from "./compare-records";

const level = (c: { level: string } | null) => c?.level ?? "missing";
const firstNames = (a: string, b: string) => comparePersonNames({ firstName: a }, { firstName: b }).map((c) => c.level);

/** What real exports contain besides clean names: blanks, other scripts, pasted paragraphs, digits where letters belong. */
describe("comparators on nasty values", () => {
  it("treats empty values as missing, never as agreement", () => {
    expect(comparePersonNames({ firstName: "" }, { firstName: "" })).toEqual([]);
    expect(compareOrganizations({ organizationName: "" }, { organizationName: "Acme" })).toBeNull();
    expect(compareDates("", "1980-01-02")).toBeNull();
    expect(compareEmails("", "")).toBeNull();
    expect(comparePhones("", "+4930123456")).toBeNull();
    expect(compareIdentifiers("taxId", "", "")).toBeNull();
    expect(compareAddresses({ street: "", city: "" }, { street: "Hauptstraße", city: "Berlin" })).toBeNull();
    expect(compareRecords({}, {})).toEqual([]);
  });

  it("compares names in other scripts with themselves and tells them apart from others", () => {
    expect(firstNames("Иван", "иван")).toEqual(["exact"]);
    expect(firstNames("Иван", "Пётр")).toEqual(["different"]);
    expect(firstNames("Zoë", "ZOE")).toEqual(["exact"]);
    expect(firstNames("Søren", "Soren")).toEqual(["exact"]);
    expect(firstNames("明", "明")).toEqual(["exact"]);
  });

  it("compares very long values without failing or calling them equal when they are not", () => {
    const long = "Wolfeschlegelsteinhausenbergerdorff".repeat(60);
    expect(firstNames(long, long)).toEqual(["exact"]);
    expect(firstNames(long, `${long}x`)).not.toEqual(["different"]);
    expect(level(compareOrganizations({ organizationName: `${long} GmbH` }, { organizationName: "Acme GmbH" }))).toBe("different");
    expect(level(comparePhones(`+49${"1".repeat(300)}`, `+49${"1".repeat(297)}211`))).toBe("oneDigit");
  });

  it("keeps digits in names significant", () => {
    expect(firstNames("Anna2", "Anna3")).not.toEqual(["exact"]);
    expect(level(compareOrganizations({ organizationName: "3M" }, { organizationName: "3M Company" }))).not.toBe("different");
    expect(level(compareOrganizations({ organizationName: "Studio 54" }, { organizationName: "Studio 45" }))).not.toBe("exact");
  });

  it("reads a phone without a single digit as missing, not as the same number", () => {
    expect(comparePhones("n/a", "unknown")).toBeNull();
    expect(comparePhones("n/a", "+4930123456")).toBeNull();
  });
});
