import { Queue, type JobsOptions } from "bullmq";
import type { Redis } from "ioredis";
import { z } from "zod";
import { env } from "@/src/env";
import { redisConnection } from "@/src/redis";

/** Every job: its queue and the zod schema of its payload. */
export const jobs = {
  /** matches a small stored batch (a pushed change, a change event) on the real-time lane */
  "ingest.batch": { queue: "ingest", payload: z.object({ batchId: z.string().min(1) }) },
  /** matches a stored batch of bulk size (an import, an initial load), or the bulk run that takes it with every other waiting load */
  "ingest.bulk": { queue: "ingest-bulk", payload: z.object({ batchId: z.string().min(1) }) },
  "outbox.dispatch": { queue: "distribution", payload: z.object({}) },
  /** sends a subscriber's due deliveries; `wakeAt` marks a wake-up for a retry, one job per subscriber and time */
  "webhook.drain": { queue: "distribution", payload: z.object({ subscriberId: z.string().min(1), wakeAt: z.number().int().optional() }) },
  "maintenance.sweep": { queue: "maintenance", payload: z.object({}) },
  "golden.recompute": { queue: "bulk", payload: z.object({ bulkActionId: z.string().min(1) }) },
  "suspects.bulk-merge": { queue: "bulk", payload: z.object({ bulkActionId: z.string().min(1) }) },
  /** reads a connector source's changes since its cursor (or its whole data on the first run) */
  "sources.sync": { queue: "sources", payload: z.object({ sourceId: z.string().min(1) }) },
} as const;

export type JobName = keyof typeof jobs;
export type JobPayload<N extends JobName> = z.infer<(typeof jobs)[N]["payload"]>;
/**
 * `bulk` holds long steward and admin jobs (a rules recompute, a bulk merge), so they never hold up the sweep or real-time ingest;
 * `ingest-bulk` holds loads, so a pushed change on `ingest` never waits for a worker slot behind one.
 */
export const queueNames = ["ingest", "ingest-bulk", "distribution", "maintenance", "bulk", "sources"] as const;
export type QueueName = (typeof queueNames)[number];

/** Ids make enqueueing idempotent: adding a job whose id is waiting or running is a no-op. */
const jobIds: { [N in JobName]?: (p: JobPayload<N>) => string | undefined } = {
  "ingest.batch": (p) => `ingest-${p.batchId}`,
  "ingest.bulk": (p) => `ingest-${p.batchId}`,
  // A wake-up for a retry exists once per subscriber and time; a drain asked for now runs beside one already running,
  // which finds nothing left or claims other rows, since a running job's id would make the ask a no-op and strand new work.
  "webhook.drain": (p) => (p.wakeAt ? `drain-${p.subscriberId}-at-${p.wakeAt}` : undefined),
  "golden.recompute": (p) => `recompute-${p.bulkActionId}`,
  "suspects.bulk-merge": (p) => `bulk-merge-${p.bulkActionId}`,
  // One sync per source at a time: "sync now" while one runs is a no-op.
  "sources.sync": (p) => `sync-${p.sourceId}`,
};

const defaults: JobsOptions = { removeOnComplete: 1000, removeOnFail: 5000, attempts: 5, backoff: { type: "exponential", delay: 1000 } };
const perJob: Partial<Record<JobName, JobsOptions>> = {
  "outbox.dispatch": { attempts: 3 },
};

/**
 * A kept finished job would make re-queueing its id a no-op for good, so work
 * Postgres still calls unfinished (a batch whose job lost a race to a run that
 * then died) could never be queued again; failed jobs stay an hour to inspect.
 */
const finishedGoesAway: JobsOptions = { removeOnComplete: true, removeOnFail: { age: 3600 } };

type Producer = { queue: Queue; redis: Redis };
const cache = globalThis as unknown as { goldenhubQueues?: Map<QueueName, Producer> };

/** One Queue object per queue per process, created on first use. */
export function queue(name: QueueName): Queue {
  cache.goldenhubQueues ??= new Map();
  let producer = cache.goldenhubQueues.get(name);
  if (!producer) {
    const redis = redisConnection("producer");
    producer = { queue: new Queue(name, { connection: redis, prefix: env.QUEUE_PREFIX }), redis };
    // Failures surface where a job is added; unheard, BullMQ prints a stack for every reconnect attempt.
    producer.queue.on("error", () => {});
    cache.goldenhubQueues.set(name, producer);
  }
  return producer.queue;
}

/** Enqueues a job after validating its payload, so a malformed job never reaches a worker. */
export async function enqueue<N extends JobName>(name: N, payload: JobPayload<N>, options: JobsOptions = {}): Promise<void> {
  const data = jobs[name].payload.parse(payload);
  const jobId = (jobIds[name] as ((p: JobPayload<N>) => string | undefined) | undefined)?.(payload);
  const idOptions = jobId ? { jobId, ...finishedGoesAway } : {};
  const q = queue(jobs[name].queue);
  // A job that gave up (stalled twice, or its last attempt could not record the failure) would keep its id for an
  // hour and make this add a no-op, though Postgres says the work is unfinished: callers only enqueue such work.
  const failed = jobId ? await q.getJob(jobId) : undefined;
  if (failed && (await failed.isFailed())) await failed.remove().catch(() => {});
  await q.add(name, data, { ...defaults, ...perJob[name], ...idOptions, ...options });
}

/** Closes the producer queues so scripts and tests can exit. */
export async function closeQueues(): Promise<void> {
  const producers = [...(cache.goldenhubQueues?.values() ?? [])];
  cache.goldenhubQueues?.clear();
  await Promise.all(producers.map((p) => p.queue.close()));
  // BullMQ leaves connections it was handed open; they are ours to close.
  for (const p of producers) p.redis.disconnect();
}
