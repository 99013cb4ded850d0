import type { Tx } from "@/src/db";

/**
 * Takes row locks on golden records, in id order so two transactions locking
 * the same pair cannot deadlock; concurrent merges and ingests then queue up
 * instead of overwriting each other's versions. NO KEY UPDATE, because no
 * key changes: inserting a suspect or source record that references a locked
 * golden record then need not wait for it.
 */
export async function lockGoldenRecords(tx: Tx, ids: string[]): Promise<void> {
  const sorted = [...new Set(ids)].sort();
  await tx.$queryRaw`SELECT id FROM "GoldenRecord" WHERE id = ANY(${sorted}::text[]) ORDER BY id FOR NO KEY UPDATE`;
}
