import type { Registry } from "prom-client";
import { withRedisProbe } from "@/src/redis";
import { queue, queueNames } from "@/workers/contracts";
import { liveWorkers } from "../worker-heartbeat";
import { perScrape } from "./per-scrape";
import { snapshotGauge } from "./snapshot-gauge";

const states = ["waiting", "active", "delayed", "failed"] as const;

type QueueFigures = { name: string; counts: Record<string, number>; oldestWaitingSeconds: number };

/**
 * The job queues as Redis holds them, read by every web process alike: jobs
 * by state, and how long the next job to run has waited (a queue whose
 * oldest job keeps ageing has no worker taking from it). Plus the workers
 * beating, the one figure that says whether anyone is there to take jobs.
 */
export function registerQueueMetrics(registry: Registry): Record<string, () => Promise<unknown>> {
  const queues = perScrape("Redis (queues)", () =>
    Promise.all(
      queueNames.map(async (name): Promise<QueueFigures> => {
        const q = queue(name);
        // In ascending order, index 0 of the waiting jobs is the next a worker takes: the one that has waited longest.
        const [counts, [next]] = await Promise.all([q.getJobCounts(...states), q.getWaiting(0, 0)]);
        // A delayed or scheduled job starts waiting when its delay ends, not when it was created.
        const since = next ? next.timestamp + (next.delay ?? 0) : null;
        return { name, counts, oldestWaitingSeconds: since === null ? 0 : Math.max(0, (Date.now() - since) / 1000) };
      }),
    ),
  );
  const workers = perScrape("Redis (heartbeats)", () => withRedisProbe(liveWorkers));

  snapshotGauge(registry, { name: "goldenhub_queue_jobs", help: "Jobs per queue and state.", labelNames: ["queue", "state"] }, queues, (set, figures) => {
    for (const f of figures) for (const state of states) set({ queue: f.name, state }, f.counts[state] ?? 0);
  });
  snapshotGauge(
    registry,
    { name: "goldenhub_queue_oldest_waiting_seconds", help: "How long the next waiting job of each queue has waited; 0 when none waits.", labelNames: ["queue"] },
    queues,
    (set, figures) => {
      for (const f of figures) set({ queue: f.name }, f.oldestWaitingSeconds);
    },
  );
  snapshotGauge(registry, { name: "goldenhub_workers_alive", help: "Worker processes whose heartbeat is current.", labelNames: [] }, workers, (set, alive) =>
    set({}, alive.length),
  );
  return { queues, workers };
}
