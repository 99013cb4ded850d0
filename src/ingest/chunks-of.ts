import type { IncomingRecord } from "./record-schema";

/** Consecutive runs of at most `size` records in which no externalId repeats, so a resent record is planned after its first copy is stored. */
export function chunksOf(records: readonly IncomingRecord[], size: number): IncomingRecord[][] {
  const chunks: IncomingRecord[][] = [];
  let current: IncomingRecord[] = [];
  let ids = new Set<string>();
  for (const r of records) {
    if (current.length >= size || ids.has(r.externalId)) {
      chunks.push(current);
      current = [];
      ids = new Set();
    }
    current.push(r);
    ids.add(r.externalId);
  }
  if (current.length) chunks.push(current);
  return chunks;
}
