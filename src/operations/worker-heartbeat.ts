import type { Redis } from "ioredis";
import { hostname } from "node:os";
import { env } from "@/src/env";

const TTL_SECONDS = 15;
const keyPrefix = () => `${env.QUEUE_PREFIX}:heartbeat:`;

/** This process's heartbeat key: host and pid, so several workers on one host count apart. */
export function heartbeatKey(): string {
  return `${keyPrefix()}${hostname()}-${process.pid}`;
}

/** Marks this worker alive for a short while; a killed worker drops out of the count by itself. */
export async function beat(redis: Redis, info: Record<string, unknown>): Promise<void> {
  await redis.set(heartbeatKey(), JSON.stringify({ ...info, at: new Date().toISOString() }), "EX", TTL_SECONDS);
}

async function heartbeatKeys(redis: Redis): Promise<string[]> {
  const found: string[] = [];
  let cursor = "0";
  do {
    const [next, keys] = await redis.scan(cursor, "MATCH", `${keyPrefix()}*`, "COUNT", 100);
    found.push(...keys);
    cursor = next;
  } while (cursor !== "0");
  return found;
}

/** Lists the workers that beat within the last few seconds. */
export async function liveWorkers(redis: Redis): Promise<string[]> {
  return (await heartbeatKeys(redis)).map((k) => k.slice(keyPrefix().length));
}

/**
 * The queues of `queues` no live worker serves: with worker processes that
 * each serve some queues (WORKER_QUEUES), a missing loader leaves loads
 * waiting while other workers beat.
 */
export async function unservedQueues(redis: Redis, queues: readonly string[]): Promise<string[]> {
  const keys = await heartbeatKeys(redis);
  const beats = keys.length ? await redis.mget(...keys) : [];
  const served = new Set(beats.flatMap((b) => ((b ? JSON.parse(b) : {}) as { queues?: string[] }).queues ?? []));
  return queues.filter((q) => !served.has(q));
}
