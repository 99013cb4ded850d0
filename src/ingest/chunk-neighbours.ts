import { trigramSimilarity, trigramsOf, TRIGRAM_THRESHOLD } from "../matching/trigram-similarity";
import type { PreparedRecord } from "./prepare-record";

const exactKeys = ["email", "phone", "nationalId", "taxId", "phoneticKey", "birthKey"] as const;

/**
 * Blocking among the records of one chunk, which are not stored yet and so
 * cannot find each other in the database: for each record, the earlier
 * records of the chunk that share a blocking key or a similar name, by the
 * same rules as the indexed lookup.
 */
export function chunkNeighbours(records: readonly PreparedRecord[]): number[][] {
  const byKey = new Map<string, number[]>();
  const grams = records.map((r) => (r.matchName ? trigramsOf(r.matchName) : null));
  return records.map((r, i) => {
    const found = new Set<number>();
    for (const key of exactKeys) {
      const value = r[key];
      if (value === null) continue;
      const slot = `${key}\u0000${value}`;
      const earlier = byKey.get(slot);
      if (earlier) for (const j of earlier) found.add(j);
      else byKey.set(slot, []);
      byKey.get(slot)!.push(i);
    }
    const mine = grams[i];
    if (mine) {
      for (let j = 0; j < i; j++) {
        const theirs = grams[j];
        if (theirs && trigramSimilarity(mine, theirs) >= TRIGRAM_THRESHOLD) found.add(j);
      }
    }
    return [...found].sort((a, b) => a - b);
  });
}
