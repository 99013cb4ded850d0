import { isNotConnectionError } from "bullmq";
import type { Redis } from "ioredis";
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
    console.error(`worker: lost Redis at ${address} (${err.message}); jobs wait until it is back`);
  });
  redis.on("ready", () => {
    if (!lost) return;
    lost = false;
    console.log(`worker: Redis at ${address} is back`);
  });
  return redis;
}
