import { setTimeout as sleep } from "node:timers/promises";
import { AppError } from "@/src/errors";
import { liveWorkers } from "@/src/operations/worker-heartbeat";
import { redisConnection } from "@/src/redis";
import { sumImportBatches, type BatchProgress, type ImportCounts } from "./sum-import-batches";

export type { BatchProgress, ImportCounts } from "./sum-import-batches";

/** `seconds` runs from the first batch stored to the last one finished, so a later `watch` reports the same figure. */
export type WaitOutcome =
  | { outcome: "done"; counts: ImportCounts; seconds: number }
  | { outcome: "failed"; batchId: string; error: string; counts: ImportCounts };

type WaitOptions = {
  batchIds: string[];
  onProgress?: (progress: BatchProgress) => void;
  pollMs?: number;
  /** how long to wait without progress and without a worker heartbeat before giving up */
  workerGraceMs?: number;
};

const NO_WORKER =
  "no worker is running: start one with `npm run worker`. The batches stay queued and are matched once a worker runs.";

/**
 * Follows an import's batches in Postgres until the workers have matched them
 * all, so a person at a terminal learns the outcome instead of guessing. With
 * no worker alive and nothing moving it says so rather than waiting forever.
 */
export async function waitForBatches(opts: WaitOptions): Promise<WaitOutcome> {
  const pollMs = opts.pollMs ?? 1000;
  const graceMs = opts.workerGraceMs ?? 10_000;
  const redis = redisConnection("producer");
  let lastSignOfLife = Date.now();
  let lastProcessed = -1;
  try {
    for (;;) {
      const { processed, total, batchesDone, batches, counts, failed, seconds } = await sumImportBatches(opts.batchIds);
      opts.onProgress?.({ processed, total, batchesDone, batches });
      if (failed) return { outcome: "failed", ...failed, counts };
      if (batchesDone === batches) return { outcome: "done", counts, seconds };

      if (processed !== lastProcessed || (await workerAlive(redis))) lastSignOfLife = Date.now();
      else if (Date.now() - lastSignOfLife > graceMs) throw new AppError("SERVICE_UNAVAILABLE", NO_WORKER);
      lastProcessed = processed;
      await sleep(pollMs);
    }
  } finally {
    redis.disconnect();
  }
}

/** A Redis that cannot be reached counts as no worker: workers cannot run without it either. */
async function workerAlive(redis: ReturnType<typeof redisConnection>): Promise<boolean> {
  return liveWorkers(redis).then(
    (alive) => alive.length > 0,
    () => false,
  );
}
