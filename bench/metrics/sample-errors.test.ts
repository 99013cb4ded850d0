import { describe, expect, it } from "vitest";
import { defaultModel } from "../../src/matching/model/default-model";
import { goldenPairKey } from "./judge-true-pairs";
import { sampleErrors } from "./sample-errors";

const record = (id: string, entityId: string, goldenRecordId: string, firstName: string, corruptions: string[] = []) => ({
  id,
  entityId,
  goldenRecordId,
  source: "crm",
  corruptions,
  standardized: { firstName, lastName: "meyer", dateOfBirth: "1980-04-02" },
});

describe("sampleErrors", () => {
  const records = [
    record("a1", "anna", "g1", "anna"),
    record("s1", "spouse", "g1", "paul"),
    record("a2", "anna", "g2", "anne", ["typo"]),
    record("b1", "bert", "g3", "bert"),
    record("b2", "bert", "g4", "bret", ["transposition"]),
  ];
  const relations = new Map([["spouse", { entityId: "anna", relation: "household" }]]);
  const suspects = new Set([goldenPairKey("g1", "g2")]);

  it("names each false merge by relation and splits missed pairs by whether a steward will see them", () => {
    const errors = sampleErrors(records, relations, suspects, defaultModel, { count: 10, seed: 1 });
    expect(errors.falseMerges.map((e) => e.why)).toEqual(["household"]);
    expect(errors.falseMerges[0].evidence).toMatch(/firstName different -\d/);
    expect(errors.suspected.map((e) => e.why)).toEqual(["typo"]);
    expect(errors.unseen.map((e) => e.why)).toEqual(["transposition"]);
    expect(errors.unseen[0].left).toBe("crm: bert | meyer | 1980-04-02");
  });

  it("shows no more than asked for", () => {
    const errors = sampleErrors(records, relations, suspects, defaultModel, { count: 0, seed: 1 });
    expect([...errors.falseMerges, ...errors.suspected, ...errors.unseen]).toEqual([]);
  });
});
