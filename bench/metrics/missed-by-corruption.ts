import type { JudgedPair } from "./judge-true-pairs";

/** Misses attributed to one corruption kind; a pair with two kinds counts under both, and under `alone` for neither. */
export type CorruptionMisses = {
  kind: string;
  pairs: number;
  missedAuto: number;
  missedWithSuspects: number;
  blockingSampled: number;
  blockingMissed: number;
  /** pairs whose only difference is this kind, and how many of those were not merged */
  alone: number;
  aloneMissedAuto: number;
};

/**
 * Which corruptions the matcher fails on, worst first: this is the table
 * that says which comparator or blocking key to fix next.
 */
export function missedByCorruption(pairs: readonly JudgedPair[]): CorruptionMisses[] {
  const rows = new Map<string, CorruptionMisses>();
  for (const p of pairs) {
    for (const kind of p.kinds) {
      const row = rows.get(kind) ?? { kind, pairs: 0, missedAuto: 0, missedWithSuspects: 0, blockingSampled: 0, blockingMissed: 0, alone: 0, aloneMissedAuto: 0 };
      row.pairs += 1;
      if (!p.merged) row.missedAuto += 1;
      if (!p.mergedOrSuspected) row.missedWithSuspects += 1;
      if (p.blocked !== null) row.blockingSampled += 1;
      if (p.blocked === false) row.blockingMissed += 1;
      if (p.kinds.length === 1) {
        row.alone += 1;
        if (!p.merged) row.aloneMissedAuto += 1;
      }
      rows.set(kind, row);
    }
  }
  return [...rows.values()].sort((a, b) => b.missedAuto - a.missedAuto || b.pairs - a.pairs || a.kind.localeCompare(b.kind));
}
