import { isNotConnectionError } from "bullmq";
import type { Redis } from "ioredis";
import { logger } from "@/src/operations/logger";
import { redisConnection } from "@/src/redis";

const connectionCodes = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "EHOSTUNREACH", "ENOTFOUND"]);

/** Whether an error only says Redis is unreachable, which the outage lines below already report. */
export function isRedisUnreachable(err: Error): boolean {
  return !isNotConnectionError(err) || connectionCodes.has((err as NodeJS.ErrnoException).code ?? "");
}

/**
 * A connection that fails fast while Redis is away, for the worker's own
 * checks; it logs one line when Redis goes and one when it is back, instead of
 * a line per reconnect attempt from every queue.
 */
export function watchRedis(address: string): Redis {
  const redis = redisConnection("producer");
  let lost = false;
  redis.on("error", (err: Error) => {
    if (lost || !isRedisUnreachable(err)) return;
    lost = true;
    logger.error({ redis: address, err }, `lost Redis at ${address}; jobs wait until it is back`);
  });
  redis.on("ready", () => {
    if (!lost) return;
    lost = false;
    logger.info({ redis: address }, `Redis at ${address} is back`);
  });
  return redis;
}
