import { enqueue } from "@/workers/contracts";
import { BULK_MIN_RECORDS } from "./bulk/bulk-lane";

/**
 * Queues a stored batch in its lane: a load of bulk size on the bulk ingest
 * queue, which one worker slot drains a run at a time; a pushed change or a
 * change event on the real-time queue, whose slots no load ever fills.
 */
export async function queueBatch(batch: { id: string; total: number }): Promise<void> {
  await enqueue(batch.total >= BULK_MIN_RECORDS ? "ingest.bulk" : "ingest.batch", { batchId: batch.id });
}
