import { processBatch } from "@/src/ingest/process-batch";
import { refreshStatistics } from "@/src/operations/refresh-statistics";

/** As often as the worker's sweeper would run at this machine's pace. */
const REFRESH_EVERY_BATCHES = 2;

/**
 * Matches the stored batches from `concurrency` loops in this process, each
 * taking the next batch when it finishes one: the same code and the same
 * contention as that many worker jobs, with the index upkeep the worker's
 * sweeper does every few seconds.
 */
export async function processBatches(batchIds: readonly string[], concurrency: number): Promise<void> {
  let next = 0;
  const loop = async () => {
    while (next < batchIds.length) {
      const index = next++;
      await processBatch({ batchId: batchIds[index] });
      if (index % REFRESH_EVERY_BATCHES === REFRESH_EVERY_BATCHES - 1) await refreshStatistics();
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, batchIds.length) }, loop));
}
