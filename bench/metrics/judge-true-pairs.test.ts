import { describe, expect, it } from "vitest";
import { goldenPairKey, judgeTruePairs, type LabelledRecord } from "./judge-true-pairs";
import { missedByCorruption } from "./missed-by-corruption";
import { sumTruePairs } from "./sum-true-pairs";

const record = (id: string, entityId: string, goldenRecordId: string, source: string, corruptions: string[] = []): LabelledRecord => ({
  id,
  entityId,
  goldenRecordId,
  source,
  corruptions,
});

describe("judgeTruePairs", () => {
  // e1 is held three times: a and b merged, c apart but proposed against a's golden; e2 twice in one source, never linked.
  const records = [
    record("a", "e1", "g1", "crm"),
    record("b", "e1", "g1", "erp", ["typo:name"]),
    record("c", "e1", "g2", "csv", ["nickname", "moved"]),
    record("d", "e2", "g3", "crm"),
    record("e", "e2", "g4", "crm", ["typo:name"]),
    record("f", "e3", "g5", "erp"),
  ];
  const suspects = new Set([goldenPairKey("g2", "g1")]);
  const candidates = new Map([
    ["a", new Set(["b"])],
    ["b", new Set(["a", "c"])],
    ["c", new Set<string>()],
  ]);
  const judged = judgeTruePairs(records, suspects, candidates);

  it("judges only pairs of one true customer", () => {
    expect(judged).toHaveLength(4);
  });

  it("counts a pair suspected only through a direct open suspect between its golden records", () => {
    expect(sumTruePairs(judged)).toEqual({ truePairs: 4, merged: 1, mergedOrSuspected: 3, sameSource: 1, blockingSampled: 3, blockingFound: 2 });
  });

  it("blames each missed pair on the corruptions of both records, and on being in one source", () => {
    const rows = Object.fromEntries(missedByCorruption(judged).map((r) => [r.kind, r]));
    expect(rows["typo:name"]).toMatchObject({ pairs: 3, missedAuto: 2, missedWithSuspects: 1, blockingSampled: 2, blockingMissed: 0, alone: 1, aloneMissedAuto: 0 });
    expect(rows["nickname"]).toMatchObject({ pairs: 2, missedAuto: 2, missedWithSuspects: 0, blockingMissed: 1 });
    expect(rows["same-source"]).toMatchObject({ pairs: 1, missedAuto: 1, blockingSampled: 0 });
    expect(Object.keys(rows)).not.toContain("exact copy");
  });

  it("names a pair with no difference an exact copy", () => {
    const exact = judgeTruePairs([record("x", "e", "g", "crm"), record("y", "e", "g", "erp")], new Set(), new Map());
    expect(exact).toEqual([{ kinds: ["exact copy"], merged: true, mergedOrSuspected: true, blocked: null }]);
  });
});
