import { processBatch } from "@/src/ingest/process-batch";
import { refreshStatistics } from "@/src/operations/refresh-statistics";

/** As often as the worker's maintenance sweep refreshes planner statistics. */
const REFRESH_EVERY_MS = 10_000;

/**
 * Matches the stored batches from `concurrency` loops in this process, each
 * taking the next batch when it finishes one: the same code and the same
 * contention as that many worker jobs (a bulk run takes every waiting batch
 * at once, as in the worker), with the statistics upkeep the worker's
 * sweeper does every few seconds.
 */
export async function processBatches(batchIds: readonly string[], concurrency: number): Promise<void> {
  let next = 0;
  let running = true;
  const upkeep = (async () => {
    while (running) {
      await new Promise((resolve) => setTimeout(resolve, REFRESH_EVERY_MS));
      if (running) await refreshStatistics();
    }
  })();
  const loop = async () => {
    while (next < batchIds.length) await processBatch({ batchId: batchIds[next++] });
  };
  try {
    await Promise.all(Array.from({ length: Math.min(concurrency, batchIds.length) }, loop));
  } finally {
    running = false;
    await upkeep;
  }
}
