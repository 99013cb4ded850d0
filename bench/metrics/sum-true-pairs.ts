import type { JudgedPair } from "./judge-true-pairs";

export type TruePairTotals = {
  truePairs: number;
  merged: number;
  mergedOrSuspected: number;
  sameSource: number;
  blockingSampled: number;
  blockingFound: number;
};

/** Totals over all judged true pairs, for the recall figures. */
export function sumTruePairs(pairs: readonly JudgedPair[]): TruePairTotals {
  const totals: TruePairTotals = { truePairs: 0, merged: 0, mergedOrSuspected: 0, sameSource: 0, blockingSampled: 0, blockingFound: 0 };
  for (const p of pairs) {
    totals.truePairs += 1;
    if (p.merged) totals.merged += 1;
    if (p.mergedOrSuspected) totals.mergedOrSuspected += 1;
    if (p.kinds.includes("same-source")) totals.sameSource += 1;
    if (p.blocked !== null) totals.blockingSampled += 1;
    if (p.blocked) totals.blockingFound += 1;
  }
  return totals;
}
