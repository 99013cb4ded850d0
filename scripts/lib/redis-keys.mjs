/**
 * Deletes every key under one BullMQ prefix, so a test run leaves no queues
 * behind in a Redis that developers share. The `:` after the prefix keeps a
 * prefix from matching a longer one.
 */
export async function deleteKeysWithPrefix(redisUrl, prefix) {
  const { Redis } = await import("ioredis");
  const redis = new Redis(redisUrl, { lazyConnect: true, connectTimeout: 5000, maxRetriesPerRequest: 1 });
  redis.on("error", () => {});
  await redis.connect();
  let deleted = 0;
  try {
    for await (const keys of redis.scanStream({ match: `${prefix}:*`, count: 500 })) {
      if (keys.length) deleted += await redis.del(...keys);
    }
  } finally {
    redis.disconnect();
  }
  return deleted;
}
