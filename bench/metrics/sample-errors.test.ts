import { describe, expect, it } from "vitest";
import { defaultModel } from "@/src/matching/model/default-model";
import { goldenPairKey } from "./judge-true-pairs";
import { sampleErrors } from "./sample-errors";

const record = (id: string, entityId: string, goldenRecordId: string, firstName: string, corruptions: string[] = []) => ({
  id,
  externalId: id,
  entityId,
  goldenRecordId,
  source: ["crm", "erp", "csv"][Number(id[1]) - 1],
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
    record("b3", "bert", "g5", "brt", ["ocr"]),
  ];
  const relations = new Map([["spouse", { entityId: "anna", relation: "household" }]]);
  const suspects = new Set([goldenPairKey("g1", "g2"), goldenPairKey("g4", "g5")]);
  const sample = (count: number, rows = records) => sampleErrors(rows, relations, suspects, defaultModel, { count, seed: 1 });

  it("names each false merge by relation and splits missed pairs by whether a steward will see them", () => {
    const errors = sample(10);
    expect(errors.falseMerges.map((e) => e.why)).toEqual(["household"]);
    expect(errors.falseMerges[0].evidence).toMatch(/firstName different -\d/);
    expect(errors.suspected.map((e) => e.why).sort()).toEqual(["ocr, transposition", "typo"]);
    expect(errors.unseen.map((e) => e.why).sort()).toEqual(["ocr", "transposition"]);
    expect(errors.unseen.map((e) => e.left)).toContain("crm: bert | meyer | 1980-04-02");
  });

  it("shows no more than asked for, and the same pairs whatever order the records come in", () => {
    const one = sample(1);
    expect([one.falseMerges.length, one.suspected.length, one.unseen.length]).toEqual([1, 1, 1]);
    expect(sample(1, [...records].reverse())).toEqual(one);
  });
});
