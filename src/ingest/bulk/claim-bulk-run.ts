import { sql } from "@/src/db";
import { BULK_MIN_RECORDS, LEASE_MS, RUN_MAX_RECORDS } from "./bulk-lane";

/** How many batches one claim looks at: a run of a million records is a thousand batches of a thousand. */
const CLAIM_LOOKAHEAD = 5_000;

/**
 * Claims the bulk-sized batches no live run holds, oldest first, up to
 * RUN_MAX_RECORDS records still to decide, under a lease. Batches another
 * claim is taking at this moment are skipped, not waited for. Resolves to the
 * claimed batch ids in the order they arrived, which is the order the run
 * decides them in: the order the real-time path would have taken them.
 */
export async function claimBulkRun(now = new Date()): Promise<string[]> {
  return sql.begin(async (tx) => {
    const free = await tx<{ id: string; left: number }[]>`
      SELECT id, total - processed AS left FROM "IngestBatch"
      WHERE status IN ('PENDING', 'PROCESSING') AND total >= ${BULK_MIN_RECORDS} AND error IS NULL AND ("leaseUntil" IS NULL OR "leaseUntil" < ${now})
      ORDER BY "createdAt", id LIMIT ${CLAIM_LOOKAHEAD} FOR UPDATE SKIP LOCKED`;
    const ids: string[] = [];
    let records = 0;
    for (const b of free) {
      if (ids.length && records + b.left > RUN_MAX_RECORDS) break;
      ids.push(b.id);
      records += b.left;
    }
    if (!ids.length) return [];
    await tx`UPDATE "IngestBatch" SET status = 'PROCESSING', "startedAt" = coalesce("startedAt", ${now}), "leaseUntil" = ${new Date(now.getTime() + LEASE_MS)}
      WHERE id = ANY(${ids}::text[])`;
    return ids;
  });
}

/**
 * Whether a live bulk run holds any batch: that run claims whatever waits
 * once it finishes what it holds, so a second run
 * would only take the other ingest slot, which small batches need, and
 * contend with the first for the matching lock.
 */
export async function bulkRunIsLive(now = new Date()): Promise<boolean> {
  const [row] = await sql<{ live: boolean }[]>`
    SELECT EXISTS (SELECT 1 FROM "IngestBatch" WHERE status = 'PROCESSING' AND "leaseUntil" > ${now}) AS live`;
  return row.live;
}
