import { sql } from "@/src/db";
import { BULK_MIN_RECORDS } from "./bulk-lane";

/**
 * Records a bulk run decides under one hold of the matching lock while
 * real-time changes wait for it: about a tenth of a second's work, so a
 * pushed change waits that long at most instead of a whole chunk's second.
 */
export const SLICE_WHILE_REAL_TIME = 50;

/** A real-time batch stored longer ago than this is stranded (the sweeper requeues it), not waiting in line. */
const WAITING_AT_MOST_MS = 30_000;

/**
 * Whether changes pushed one by one (small batches) wait to be matched now.
 * A bulk run asks before each hold of the lock and takes a thin slice when
 * they do: the lock is granted in order of asking, so each slice lets every
 * change queued behind it go first.
 */
export async function realTimeIsWaiting(now = new Date()): Promise<boolean> {
  const [row] = await sql<{ waiting: boolean }[]>`
    SELECT EXISTS (
      SELECT 1 FROM "IngestBatch"
      WHERE status IN ('PENDING', 'PROCESSING') AND "createdAt" > ${new Date(now.getTime() - WAITING_AT_MOST_MS)}
        AND total < ${BULK_MIN_RECORDS}) AS waiting`;
  return row.waiting;
}
