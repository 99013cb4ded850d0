import { setTimeout as sleep } from "node:timers/promises";
import { AppError } from "@/src/errors";
import { waitForBatches, type ImportCounts, type WaitOutcome } from "@/src/sources/csv/wait-for-batches";
import { ServiceUnreachable, unreachableService, type Service } from "./connection-error";
import { progressBar, type ProgressBar } from "./progress-bar";
import { OUTAGE_PATIENCE_MS, watchRedis, type RedisWatch } from "./watch-redis";

const RETRY_MS = 2000;

function printCounts(c: ImportCounts): void {
  const lines: [string, number][] = [
    ["rows read", c.rows],
    ["new golden records", c.created + c.suspects],
    ["  of them in review", c.suspects],
    ["auto-linked", c.linked],
    ["suspect pairs", c.suspectPairs],
    ["updated", c.updated],
    ["unchanged", c.unchanged],
    ["stale (ignored)", c.stale],
    ["quarantined", c.quarantined],
  ];
  for (const [label, n] of lines) console.log(`${label.padEnd(20)}${n}`);
}

/**
 * Follows the batches through outages: a poll that cannot reach Postgres, or
 * "no worker" while Redis is away (workers cannot run without it), pauses the
 * bar with what it waits for and polls again, until the outage has lasted the
 * patience. Anything else ends the command as before.
 */
async function waitThroughOutages(batchIds: string[], bar: ProgressBar, redis: RedisWatch): Promise<WaitOutcome> {
  let downSince: number | null = null;
  for (;;) {
    try {
      return await waitForBatches({
        batchIds,
        onProgress: (p) => {
          bar.waiting("PostgreSQL", false);
          downSince = null;
          bar.update(p);
        },
      });
    } catch (err) {
      const noWorkerForLackOfRedis = err instanceof AppError && err.code === "SERVICE_UNAVAILABLE" && redis.isDown();
      const service: Service | null = noWorkerForLackOfRedis ? "Redis" : unreachableService(err);
      if (!service) throw err;
      downSince ??= Date.now();
      if (Date.now() - downSince > OUTAGE_PATIENCE_MS) throw new ServiceUnreachable(service, { cause: err });
      bar.waiting(service, true);
      await sleep(RETRY_MS);
    }
  }
}

/** Shows matching progress on stderr and the outcome counts on stdout; returns the exit code. */
export async function followBatches(batchIds: string[]): Promise<number> {
  const bar = progressBar();
  const redis = watchRedis((down) => bar.waiting("Redis", down));
  const result = await waitThroughOutages(batchIds, bar, redis).finally(() => {
    redis.stop();
    bar.stop();
  });
  printCounts(result.counts);
  if (result.outcome === "failed") {
    console.error(`batch ${result.batchId} failed: ${result.error}`);
    return 1;
  }
  const { rows } = result.counts;
  console.error(`${rows} rows done in ${result.seconds.toFixed(1)} s (${Math.round(rows / Math.max(result.seconds, 0.001))} rows/s)`);
  return 0;
}
