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

/** One round trip to Redis on a throwaway connection that gives up at once, for start-up checks and /api/health. */
export async function pingRedis(): Promise<number> {
  const redis = new Redis(env.REDIS_URL, { lazyConnect: true, connectTimeout: 2000, maxRetriesPerRequest: 0, retryStrategy: () => null });
  redis.on("error", () => {});
  const start = performance.now();
  try {
    await redis.connect();
    await redis.ping();
    return performance.now() - start;
  } finally {
    redis.disconnect();
  }
}
