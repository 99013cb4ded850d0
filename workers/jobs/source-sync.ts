import { DelayedError, UnrecoverableError } from "bullmq";
import { syncSource } from "@/src/sources/sync/sync-source";
import type { JobHandler } from "./job-handler";

/**
 * Syncs one connector source. The domain records every failure on the run
 * and the source; this decides the queue's part: a Retry-After puts the job
 * back to sleep for exactly that long (jsforce and fetch ignore it, and
 * BullMQ's own backoff would not know it), a passing failure is retried with
 * backoff, and one retrying cannot fix ends the job.
 */
export const sourceSync: JobHandler<"sources.sync"> = async ({ sourceId }, job, token) => {
  const outcome = await syncSource({ sourceId });
  if (outcome.status !== "failed") return outcome;
  const { failure } = outcome;
  if (failure.kind === "wait" && token) {
    await job.moveToDelayed(Date.now() + failure.retryAfterMs, token);
    throw new DelayedError();
  }
  if (failure.kind === "pause") return outcome;
  if (failure.kind === "stop") throw new UnrecoverableError(failure.message);
  throw new Error(failure.message);
};
