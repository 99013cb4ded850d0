import { Redis, type RedisOptions } from "ioredis";
import { env } from "./env";

/**
 * Workers block on Redis and must wait through outages (BullMQ requires
 * `maxRetriesPerRequest: null`); producers in the web app must instead fail
 * fast, because their work is already safe in Postgres and a sweeper enqueues it later.
 */
export function redisConnection(role: "worker" | "producer"): Redis {
  const options: RedisOptions =
    role === "worker"
      ? { maxRetriesPerRequest: null }
      : { maxRetriesPerRequest: 1, enableOfflineQueue: false, connectTimeout: 2000 };
  const redis = new Redis(env.REDIS_URL, options);
  redis.on("error", () => {});
  return redis;
}

/**
 * Runs `fn` on a throwaway connection that gives up at once instead of
 * queueing commands through an outage, so a health check answers "down"
 * within seconds rather than hanging while Redis is away.
 */
export async function withRedisProbe<T>(fn: (redis: Redis) => Promise<T>): Promise<T> {
  const redis = new Redis(env.REDIS_URL, {
    lazyConnect: true,
    connectTimeout: 2000,
    commandTimeout: 2000,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  redis.on("error", () => {});
  try {
    await redis.connect();
    return await fn(redis);
  } finally {
    redis.disconnect();
  }
}

/** One round trip to Redis that gives up at once, for start-up checks and /api/ready. */
export async function pingRedis(): Promise<number> {
  return withRedisProbe(async (redis) => {
    const start = performance.now();
    await redis.ping();
    return performance.now() - start;
  });
}
