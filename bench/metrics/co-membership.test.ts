import { describe, expect, it } from "vitest";
import { coMembershipPairs, comparePairs, recordsPlacedAlike, suspectPairsByMembers } from "./co-membership";

const record = (externalId: string, goldenRecordId: string) => ({ source: "crm", externalId, goldenRecordId });

describe("coMembershipPairs", () => {
  it("lists every pair of records sharing a golden record, named the same whatever order they come in", () => {
    const records = [record("a", "g1"), record("b", "g1"), record("c", "g1"), record("d", "g2"), record("e", "g3"), record("f", "g3")];
    expect(coMembershipPairs(records).sort()).toEqual(["crm/a|crm/b", "crm/a|crm/c", "crm/b|crm/c", "crm/e|crm/f"]);
    expect(coMembershipPairs([...records].reverse()).sort()).toEqual(coMembershipPairs(records).sort());
  });
});

describe("comparePairs", () => {
  it("counts pairs only one run found, out of pairs either found", () => {
    expect(comparePairs(["x", "y", "z"], ["y", "z", "w"])).toEqual({ differ: 2, either: 4 });
    expect(comparePairs(["x"], ["x"])).toEqual({ differ: 0, either: 1 });
    expect(comparePairs([], [])).toEqual({ differ: 0, either: 0 });
  });
});

describe("recordsPlacedAlike", () => {
  it("counts a record as moved when its golden record gained or lost any member, and lone records in both as alike", () => {
    const before = ["crm/a|crm/b", "crm/a|crm/c", "crm/b|crm/c"];
    const after = ["crm/a|crm/b"];
    // c left a and b: all three moved; d and e were alone both times.
    expect(recordsPlacedAlike(before, after, 5)).toBe(2);
    expect(recordsPlacedAlike(before, [...before].reverse(), 5)).toBe(5);
  });
});

describe("suspectPairsByMembers", () => {
  it("names each side of a suspect by its golden record's first member, whatever the golden ids", () => {
    const records = [record("b", "g1"), record("a", "g1"), record("c", "g2")];
    expect(suspectPairsByMembers(records, [{ leftId: "g2", rightId: "g1" }])).toEqual(["crm/a|crm/c"]);
  });
});
