import { Redis } from "ioredis";

/**
 * Removes the jobs `acceptBatch` queued under the benchmark's own prefix (no
 * worker listens there), so a run leaves nothing in a shared Redis. The `:`
 * keeps the prefix from matching a longer one.
 */
export async function deleteQueueKeys(redisUrl: string, prefix: string): Promise<number> {
  const redis = new Redis(redisUrl, { lazyConnect: true, connectTimeout: 5000, maxRetriesPerRequest: 1 });
  redis.on("error", () => {});
  await redis.connect();
  let deleted = 0;
  try {
    for await (const keys of redis.scanStream({ match: `${prefix}:*`, count: 500 }) as AsyncIterable<string[]>) {
      if (keys.length) deleted += await redis.del(...keys);
    }
  } finally {
    redis.disconnect();
  }
  return deleted;
}
