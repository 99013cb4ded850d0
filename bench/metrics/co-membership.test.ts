import { describe, expect, it } from "vitest";
import { coMembershipPairs, comparePairs } from "./co-membership";

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
