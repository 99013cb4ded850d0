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

/**
 * The open suspect pairs, each golden record named by the first of its
 * members' source/externalId names, so two runs' suspects compare as the
 * co-membership pairs do.
 */
export function suspectPairsByMembers(
  records: Iterable<{ source: string; externalId: string; goldenRecordId: string }>,
  suspects: Iterable<{ leftId: string; rightId: string }>,
): string[] {
  const names = new Map<string, string>();
  for (const r of records) {
    const name = `${r.source}/${r.externalId}`;
    const held = names.get(r.goldenRecordId);
    if (held === undefined || name < held) names.set(r.goldenRecordId, name);
  }
  return [...suspects].map((s) => [names.get(s.leftId) ?? s.leftId, names.get(s.rightId) ?? s.rightId].sort().join("|"));
}

/**
 * How many records sit with exactly the same other records in both runs: a
 * record whose golden record gained or lost any member counts as moved.
 */
export function recordsPlacedAlike(a: readonly string[], b: readonly string[], records: number): number {
  const partners = (pairs: readonly string[]) => {
    const of = new Map<string, Set<string>>();
    for (const pair of pairs) {
      const [x, y] = pair.split("|");
      for (const [from, to] of [[x, y], [y, x]]) {
        const set = of.get(from) ?? new Set<string>();
        set.add(to);
        of.set(from, set);
      }
    }
    return of;
  };
  const [left, right] = [partners(a), partners(b)];
  let moved = 0;
  for (const name of new Set([...left.keys(), ...right.keys()])) {
    const [l, r] = [left.get(name) ?? new Set<string>(), right.get(name) ?? new Set<string>()];
    if (l.size !== r.size || [...l].some((x) => !r.has(x))) moved++;
  }
  return records - moved;
}

/** Pairs found by one run and not the other, out of the pairs either found: zero when the two runs grouped the records alike. */
export function comparePairs(a: readonly string[], b: readonly string[]): { differ: number; either: number } {
  const [left, right] = [new Set(a), new Set(b)];
  let both = 0;
  for (const pair of left) if (right.has(pair)) both++;
  return { differ: left.size + right.size - 2 * both, either: left.size + right.size - both };
}
