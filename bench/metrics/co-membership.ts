import { groupBy } from "@/src/group-by";

/**
 * Every pair of source records that share a golden record, each record named
 * by its source and external id (the names that survive into another
 * database), so two runs over the same records can be compared pair by pair.
 */
export function coMembershipPairs(records: Iterable<{ source: string; externalId: string; goldenRecordId: string }>): string[] {
  const pairs: string[] = [];
  for (const members of groupBy(records, (r) => r.goldenRecordId).values()) {
    const keys = members.map((r) => `${r.source}/${r.externalId}`).sort();
    for (let i = 0; i < keys.length; i++) for (let j = i + 1; j < keys.length; j++) pairs.push(`${keys[i]}|${keys[j]}`);
  }
  return pairs;
}

/** Pairs found by one run and not the other, out of the pairs either found: zero when the two runs grouped the records alike. */
export function comparePairs(a: readonly string[], b: readonly string[]): { differ: number; either: number } {
  const [left, right] = [new Set(a), new Set(b)];
  let both = 0;
  for (const pair of left) if (right.has(pair)) both++;
  return { differ: left.size + right.size - 2 * both, either: left.size + right.size - both };
}
