import { prisma } from "@/src/db";
import { pingRedis, redisConnection } from "@/src/redis";
import { liveWorkers } from "./worker-heartbeat";

export type Health = {
  status: "ok" | "degraded";
  database: { ok: boolean; latencyMs?: number; error?: string };
  redis: { ok: boolean; latencyMs?: number; error?: string };
  workers: { ok: boolean; alive: string[] };
};

async function timed(fn: () => Promise<unknown>): Promise<{ ok: boolean; latencyMs?: number; error?: string }> {
  const start = performance.now();
  try {
    await fn();
    return { ok: true, latencyMs: Math.round(performance.now() - start) };
  } catch (err) {
    return { ok: false, error: (err as Error).message };
  }
}

async function liveWorkersOrNone(): Promise<string[]> {
  const redis = redisConnection("worker");
  try {
    return await liveWorkers(redis);
  } catch {
    return [];
  } finally {
    redis.disconnect();
  }
}

/** Reports each moving part separately, so an operator sees which one to fix. */
export async function checkHealth(): Promise<Health> {
  const [database, redisState] = await Promise.all([timed(() => prisma.$queryRaw`SELECT 1`), timed(pingRedis)]);
  const alive = redisState.ok ? await liveWorkersOrNone() : [];
  const workers = { ok: alive.length > 0, alive };
  const ok = database.ok && redisState.ok && workers.ok;
  return { status: ok ? "ok" : "degraded", database, redis: redisState, workers };
}
