import type { Redis } from "ioredis";
import { prisma } from "@/src/db";
import { env } from "@/src/env";
import { withRedisProbe } from "@/src/redis";
import { liveWorkers } from "./worker-heartbeat";

type Part = { ok: boolean; latencyMs?: number; error?: string };

/** Ages in seconds, null when nothing waits; `ok` is false when a backlog has stopped moving. */
export type Pipeline = {
  ok: boolean;
  stalledAfterSeconds: number;
  oldestPendingBatchSeconds: number | null;
  oldestUndispatchedEventSeconds: number | null;
};

export type Health = {
  status: "ok" | "degraded";
  database: Part;
  redis: Part;
  workers: { ok: boolean; alive: string[] };
  pipeline: Pipeline | { ok: false; error: string };
};

async function timed(fn: () => Promise<unknown>): Promise<Part> {
  const start = performance.now();
  try {
    await fn();
    return { ok: true, latencyMs: Math.round(performance.now() - start) };
  } catch (err) {
    return { ok: false, error: (err as Error).message };
  }
}

/**
 * A stage is stalled when its oldest waiting item is older than the limit and
 * nothing in that stage moved for as long: a big import waits behind a long
 * queue but keeps moving, a lost job does not.
 */
export function isStalled(stage: { oldest: Date | null; lastMoved: Date | null }, now: Date, limitMs: number): boolean {
  const older = (t: Date | null) => t === null || now.getTime() - t.getTime() > limitMs;
  return stage.oldest !== null && older(stage.oldest) && older(stage.lastMoved);
}

/** Measures the ingest and dispatch backlogs from Postgres, which still knows them when Redis has lost its jobs. */
export async function measurePipeline(now: Date, limitMs = env.PIPELINE_STALL_SECONDS * 1000): Promise<Pipeline> {
  const [waitingBatch, batchMoved, waitingEvent, eventMoved] = await Promise.all([
    prisma.ingestBatch.aggregate({ where: { status: { in: ["PENDING", "PROCESSING"] } }, _min: { createdAt: true } }),
    prisma.ingestBatch.aggregate({ _max: { startedAt: true, finishedAt: true } }),
    prisma.changeEvent.findFirst({ where: { dispatchedAt: null }, orderBy: { sequence: "asc" }, select: { createdAt: true } }),
    prisma.changeEvent.aggregate({ _max: { dispatchedAt: true } }),
  ]);
  const latest = (a: Date | null, b: Date | null) => (a && b ? (a > b ? a : b) : (a ?? b));
  const oldestBatch = waitingBatch._min.createdAt;
  const oldestEvent = waitingEvent?.createdAt ?? null;
  const stalled =
    isStalled({ oldest: oldestBatch, lastMoved: latest(batchMoved._max.startedAt, batchMoved._max.finishedAt) }, now, limitMs) ||
    isStalled({ oldest: oldestEvent, lastMoved: eventMoved._max.dispatchedAt }, now, limitMs);
  const age = (t: Date | null) => (t === null ? null : Math.max(0, Math.round((now.getTime() - t.getTime()) / 1000)));
  return {
    ok: !stalled,
    stalledAfterSeconds: Math.round(limitMs / 1000),
    oldestPendingBatchSeconds: age(oldestBatch),
    oldestUndispatchedEventSeconds: age(oldestEvent),
  };
}

/**
 * Reports each moving part separately, so an operator sees which one to fix.
 * Live processes are not enough: after Redis lost its jobs, workers beat
 * while nothing moves, so a backlog that stopped moving degrades health too.
 */
export async function checkHealth(now = new Date()): Promise<Health> {
  let alive: string[] = [];
  const listWorkers = async (redis: Redis) => {
    await redis.ping();
    alive = await liveWorkers(redis);
  };
  const [database, redis, pipeline] = await Promise.all([
    timed(() => prisma.$queryRaw`SELECT 1`),
    // One connection that fails fast, so an outage answers in seconds instead of waiting for Redis to return.
    timed(() => withRedisProbe(listWorkers)),
    measurePipeline(now).catch((err: Error) => ({ ok: false as const, error: err.message })),
  ]);
  const workers = { ok: alive.length > 0, alive };
  const ok = database.ok && redis.ok && workers.ok && pipeline.ok;
  return { status: ok ? "ok" : "degraded", database, redis, workers, pipeline };
}
