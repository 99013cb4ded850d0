import { setTimeout as sleep } from "node:timers/promises";
import { prisma } from "@/src/db";
import { AppError } from "@/src/errors";
import { liveWorkers } from "@/src/operations/worker-heartbeat";
import { redisConnection } from "@/src/redis";

/** What an import did, summed over its batches. */
export type ImportCounts = {
  rows: number;
  created: number;
  linked: number;
  /** records sent to review, each with a new golden record of its own */
  suspects: number;
  /** duplicate-suspect pairs created for stewards */
  suspectPairs: number;
  updated: number;
  unchanged: number;
  /** older than the version the hub holds, so ignored */
  stale: number;
  quarantined: number;
};

/** Records matched so far out of all the import's valid records. */
export type BatchProgress = { processed: number; total: number; batchesDone: number; batches: number };

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
      const batches = await prisma.ingestBatch.findMany({
        where: { id: { in: opts.batchIds } },
        omit: { records: true },
        orderBy: { createdAt: "asc" },
      });
      const sum = (pick: (b: (typeof batches)[number]) => number) => batches.reduce((n, b) => n + pick(b), 0);
      const counts: ImportCounts = {
        rows: sum((b) => b.total + b.rejected),
        created: sum((b) => b.created),
        linked: sum((b) => b.linked),
        suspects: sum((b) => b.suspects),
        suspectPairs: sum((b) => b.suspectPairs),
        updated: sum((b) => b.updated),
        unchanged: sum((b) => b.unchanged),
        stale: sum((b) => b.stale),
        quarantined: sum((b) => b.rejected),
      };
      const processed = sum((b) => b.processed);
      const batchesDone = batches.filter((b) => b.status === "DONE").length;
      opts.onProgress?.({ processed, total: sum((b) => b.total), batchesDone, batches: batches.length });
      const failed = batches.find((b) => b.status === "FAILED");
      if (failed) return { outcome: "failed", batchId: failed.id, error: failed.error ?? "no error recorded", counts };
      if (batchesDone === batches.length) return { outcome: "done", counts, seconds: secondsSpent(batches) };

      if (processed !== lastProcessed || (await workerAlive(redis))) lastSignOfLife = Date.now();
      else if (Date.now() - lastSignOfLife > graceMs) throw new AppError("SERVICE_UNAVAILABLE", NO_WORKER);
      lastProcessed = processed;
      await sleep(pollMs);
    }
  } finally {
    redis.disconnect();
  }
}

function secondsSpent(batches: { createdAt: Date; finishedAt: Date | null }[]): number {
  if (!batches.length) return 0;
  const first = Math.min(...batches.map((b) => b.createdAt.getTime()));
  const last = Math.max(...batches.map((b) => (b.finishedAt ?? b.createdAt).getTime()));
  return (last - first) / 1000;
}

/** A Redis that cannot be reached counts as no worker: workers cannot run without it either. */
async function workerAlive(redis: ReturnType<typeof redisConnection>): Promise<boolean> {
  return liveWorkers(redis).then(
    (alive) => alive.length > 0,
    () => false,
  );
}
