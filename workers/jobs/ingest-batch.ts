import { requestDispatch } from "@/src/distribution/request-dispatch";
import { failBatch } from "@/src/ingest/fail-batch";
import { processBatch } from "@/src/ingest/process-batch";
import type { JobHandler } from "./job-handler";

/**
 * Matches one stored batch (or, for a large one, a bulk run of every waiting
 * load), asking for events to be published after each finished batch.
 * The batch is marked FAILED only when the queue will not try again, so a
 * passing hiccup never shows a person a failure that then heals itself.
 */
export const ingestBatch: JobHandler<"ingest.batch" | "ingest.bulk"> = async ({ batchId }, job) => {
  try {
    const result = await processBatch({ batchId, onBatchDone: requestDispatch });
    await requestDispatch();
    return result;
  } catch (err) {
    if (job.attemptsMade + 1 >= (job.opts.attempts ?? 1)) await failBatch({ batchId, error: (err as Error).message });
    throw err;
  }
};
