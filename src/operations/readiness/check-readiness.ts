import type { Redis } from "ioredis";
import { prisma } from "@/src/db";
import { withRedisProbe } from "@/src/redis";
import { withinTimeout } from "../within-timeout";
import { liveWorkers, unservedQueues } from "../worker-heartbeat";
import { checkMigrations, type Migrations } from "./check-migrations";
import { checkSchedulers, type SchedulerRef, type Schedulers } from "./check-schedulers";
import { measurePipeline, type Pipeline } from "./measure-pipeline";

type Part = { ok: boolean; latencyMs?: number; error?: string };
type Failed = { ok: false; error: string };

export type Readiness = {
  status: "ready" | "not_ready";
  /** the parts that are not ready, in the order to look at them */
  failing: string[];
  database: Part;
  redis: Part;
  /** `unserved`: the queues no live worker serves */
  workers: { ok: boolean; alive: string[]; unserved: string[] };
  migrations: Migrations | Failed;
  schedulers: Schedulers | Failed;
  pipeline: Pipeline | Failed;
};

function failed(err: unknown): Failed {
  return { ok: false, error: (err as Error).message };
}

async function timed(fn: () => Promise<unknown>): Promise<Part> {
  const start = performance.now();
  try {
    await fn();
    return { ok: true, latencyMs: Math.round(performance.now() - start) };
  } catch (err) {
    return failed(err);
  }
}

/**
 * Whether this hub can do its work now, part by part, so an operator sees
 * which one to fix. Live processes are not enough: after Redis lost its jobs,
 * workers beat while nothing moves, so a missing sweep schedule or a backlog
 * that stopped moving makes the hub not ready too. `schedulers` are the
 * repeating jobs that must exist (the worker's own list, passed by the caller),
 * `queues` the queues some live worker must serve;
 * `stalledAfterMs` overrides PIPELINE_STALL_SECONDS.
 */
export async function checkReadiness(opts: { schedulers: readonly SchedulerRef[]; queues: readonly string[]; now?: Date; stalledAfterMs?: number }): Promise<Readiness> {
  let alive: string[] = [];
  let unserved: string[] = [...opts.queues];
  const listWorkers = async (redis: Redis) => {
    await redis.ping();
    alive = await liveWorkers(redis);
    unserved = await unservedQueues(redis, opts.queues);
  };
  const [database, redis, migrations, scheduled, pipeline] = await Promise.all([
    timed(() => withinTimeout(prisma.$queryRaw`SELECT 1`, "PostgreSQL")),
    // One connection that fails fast, so an outage answers in seconds instead of waiting for Redis to return.
    timed(() => withRedisProbe(listWorkers)),
    withinTimeout(checkMigrations(), "the migrations check").catch(failed),
    withinTimeout(checkSchedulers(opts.schedulers), "Redis (job schedulers)").catch(failed),
    withinTimeout(measurePipeline(opts.now ?? new Date(), opts.stalledAfterMs), "the pipeline check").catch(failed),
  ]);
  const parts = { database, redis, workers: { ok: alive.length > 0 && unserved.length === 0, alive, unserved }, migrations, schedulers: scheduled, pipeline };
  const failing = Object.entries(parts)
    .filter(([, part]) => !part.ok)
    .map(([name]) => name);
  return { status: failing.length ? "not_ready" : "ready", failing, ...parts };
}
