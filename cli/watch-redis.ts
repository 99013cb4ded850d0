import { redisConnection } from "@/src/redis";

/** How long a command waits through an outage that stops it before it says so and ends: long enough for a restart, short of forever. */
export const OUTAGE_PATIENCE_MS = 5 * 60_000;
/** A reconnect that succeeds within this is a blip, not worth a line; a command that fails meanwhile says why itself. */
const NOTICE_AFTER_MS = 2000;

export type RedisWatch = {
  isDown: () => boolean;
  /** when the current outage began, or null while Redis answers */
  downSince: () => number | null;
  stop: () => void;
};

/**
 * Follows whether Redis can be reached, on a connection of its own that
 * reconnects by itself, so a command can say "waiting for Redis" soon after
 * it goes away and carry on when it is back, instead of leaving the outage to
 * surface as a stack trace or a silent hang.
 */
export function watchRedis(onChange: (down: boolean) => void): RedisWatch {
  // A worker's connection: it reconnects for as long as it takes, which is what watching an outage needs.
  const redis = redisConnection("worker");
  let since: number | null = null;
  let told = false;
  let stopped = false;
  let notice: NodeJS.Timeout | undefined;

  const set = (down: boolean) => {
    if (stopped || down === (since !== null)) return;
    since = down ? Date.now() : null;
    clearTimeout(notice);
    if (down) notice = setTimeout(() => ((told = true), onChange(true)), NOTICE_AFTER_MS);
    else if (told) {
      told = false;
      onChange(false);
    }
  };
  redis.on("ready", () => set(false));
  redis.on("error", () => set(true));
  redis.on("close", () => set(true));
  return {
    isDown: () => since !== null,
    downSince: () => since,
    stop: () => {
      stopped = true;
      clearTimeout(notice);
      redis.disconnect();
    },
  };
}
