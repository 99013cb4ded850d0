import { describe, expect, it } from "vitest";
import { buildContingency, countPairs, pairsOf } from "./count-pairs";

type Row = { goldenRecordId: string; entityId: string };

function bruteForce(records: Row[]) {
  let predicted = 0;
  let truth = 0;
  let agreed = 0;
  for (let i = 0; i < records.length; i++) {
    for (let j = i + 1; j < records.length; j++) {
      const sameGolden = records[i].goldenRecordId === records[j].goldenRecordId;
      const sameEntity = records[i].entityId === records[j].entityId;
      if (sameGolden) predicted++;
      if (sameEntity) truth++;
      if (sameGolden && sameEntity) agreed++;
    }
  }
  return { predicted, truth, agreed };
}

describe("countPairs", () => {
  it("counts merged, true and agreeing pairs from the golden × entity table", () => {
    const records: Row[] = [
      { goldenRecordId: "g1", entityId: "e1" },
      { goldenRecordId: "g1", entityId: "e1" },
      { goldenRecordId: "g1", entityId: "e2" },
      { goldenRecordId: "g2", entityId: "e1" },
      { goldenRecordId: "g3", entityId: "e3" },
      { goldenRecordId: "g3", entityId: "e3" },
      { goldenRecordId: "g3", entityId: "e3" },
    ];
    // g1 holds 3 records (3 pairs, 1 of them true: the two e1s); g3 holds e3 whole (3 pairs); e1 is split over g1 and g2.
    expect(countPairs(buildContingency(records))).toEqual({ predicted: 6, truth: 6, agreed: 4 });
  });

  it("agrees with listing every pair on a random population", () => {
    let state = 12345;
    const next = (n: number) => {
      state = (state * 1103515245 + 12345) % 2 ** 31;
      return state % n;
    };
    const records: Row[] = Array.from({ length: 300 }, () => ({ goldenRecordId: `g${next(80)}`, entityId: `e${next(60)}` }));
    expect(countPairs(buildContingency(records))).toEqual(bruteForce(records));
  });

  it("has no pairs for singletons", () => {
    expect(pairsOf(1)).toBe(0);
    expect(pairsOf(4)).toBe(6);
    expect(countPairs(buildContingency([{ goldenRecordId: "g", entityId: "e" }]))).toEqual({ predicted: 0, truth: 0, agreed: 0 });
  });
});
