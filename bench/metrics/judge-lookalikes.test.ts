import { describe, expect, it } from "vitest";
import { buildContingency, countPairs } from "./count-pairs";
import { falseMergesByRelation, relationBetween, suspectsByTruth } from "./judge-lookalikes";

const relations = new Map([
  ["spouse", { entityId: "anna", relation: "household" }],
  ["child", { entityId: "anna", relation: "household" }],
  ["junior", { entityId: "anna", relation: "parent-child" }],
]);

describe("relationBetween", () => {
  it("names the relation whichever way round, and through a shared original", () => {
    expect(relationBetween("anna", "spouse", relations)).toBe("household");
    expect(relationBetween("spouse", "anna", relations)).toBe("household");
    expect(relationBetween("spouse", "child", relations)).toBe("household");
    expect(relationBetween("spouse", "junior", relations)).toBe("household & parent-child");
    expect(relationBetween("anna", "stranger", relations)).toBe("unrelated");
  });
});

describe("falseMergesByRelation", () => {
  const records = [
    { goldenRecordId: "g1", entityId: "anna" },
    { goldenRecordId: "g1", entityId: "anna" },
    { goldenRecordId: "g1", entityId: "spouse" },
    { goldenRecordId: "g1", entityId: "stranger" },
    { goldenRecordId: "g2", entityId: "child" },
  ];

  it("counts every wrongly merged record pair once, by relation", () => {
    expect(falseMergesByRelation(records, relations)).toEqual({ household: 2, unrelated: 3 });
  });

  it("adds up to the false merges of the pair counts", () => {
    const { predicted, agreed } = countPairs(buildContingency(records));
    const total = Object.values(falseMergesByRelation(records, relations)).reduce((a, b) => a + b, 0);
    expect(total).toBe(predicted - agreed);
  });
});

describe("suspectsByTruth", () => {
  it("tells real duplicates from look-alikes and strangers", () => {
    const records = [
      { goldenRecordId: "g1", entityId: "anna" },
      { goldenRecordId: "g2", entityId: "anna" },
      { goldenRecordId: "g3", entityId: "junior" },
      { goldenRecordId: "g4", entityId: "stranger" },
    ];
    const suspects = [
      { leftId: "g1", rightId: "g2" },
      { leftId: "g1", rightId: "g3" },
      { leftId: "g3", rightId: "g4" },
    ];
    expect(suspectsByTruth(records, suspects, relations)).toEqual({ duplicate: 1, "parent-child": 1, unrelated: 1 });
  });
});
