import { sql } from "@/src/db";

/** What matching decided for the records of recent batches, and what else became of them. */
export type IngestDecisions = {
  batches: number;
  /** matched with certainty and linked to an existing golden record */
  linked: number;
  /** new golden record with a duplicate suspect for a steward */
  review: number;
  /** new golden record, nothing similar known */
  created: number;
  updated: number;
  unchanged: number;
  stale: number;
  rejected: number;
};

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Sums the outcome counters batches keep over the last `days` days, so the
 * auto-link, review and new-record rates can be read without touching the
 * source records themselves: one statement over the batch table.
 */
export async function countIngestDecisions({ days, now = new Date() }: { days: number; now?: Date }): Promise<IngestDecisions> {
  const from = new Date(now.getTime() - days * DAY_MS);
  const [row] = await sql<IngestDecisions[]>`
    SELECT count(*)::int AS batches,
           coalesce(sum(linked), 0)::int AS linked,
           coalesce(sum(suspects), 0)::int AS review,
           coalesce(sum(created), 0)::int AS created,
           coalesce(sum(updated), 0)::int AS updated,
           coalesce(sum(unchanged), 0)::int AS unchanged,
           coalesce(sum(stale), 0)::int AS stale,
           coalesce(sum(rejected), 0)::int AS rejected
    FROM "IngestBatch"
    WHERE "createdAt" >= ${from} AND "createdAt" <= ${now}`;
  return row;
}
