import type { Tx } from "../db";

/**
 * Takes row locks on golden records, in id order so two transactions locking
 * the same pair cannot deadlock; concurrent merges and ingests then queue up
 * instead of overwriting each other's versions.
 */
export async function lockGoldenRecords(tx: Tx, ids: string[]): Promise<void> {
  const sorted = [...new Set(ids)].sort();
  await tx.$queryRaw`SELECT id FROM "GoldenRecord" WHERE id = ANY(${sorted}::text[]) ORDER BY id FOR UPDATE`;
}
