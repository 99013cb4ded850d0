import { createHash } from "node:crypto";
import { retryAfterMs } from "@/src/sources/retry-after";

/** Waits after the 1st…7th failed attempt: the 8th and last comes about 28 hours after the first, past a subscriber's day-long outage. */
export const RETRY_DELAYS_MS = [5_000, 5 * 60_000, 30 * 60_000, 2 * 3_600_000, 5 * 3_600_000, 10 * 3_600_000, 10 * 3_600_000] as const;
export const MAX_ATTEMPTS = RETRY_DELAYS_MS.length + 1;
/** A subscriber's Retry-After is honoured up to a day; beyond that it reads like a misconfiguration. */
const MAX_RETRY_AFTER_MS = 24 * 3_600_000;

/**
 * ±20% around the delay, fixed per delivery and attempt: deliveries that
 * failed together (a subscriber down) come back spread out, not in one wave,
 * and a test can still tell exactly when each one is due.
 */
function jitter(deliveryId: string, attempt: number): number {
  const byte = createHash("sha256").update(`${deliveryId}:${attempt}`).digest()[0];
  return 0.8 + (byte / 255) * 0.4;
}

/**
 * When a delivery that just failed its `attempts`-th attempt goes again, or
 * null when that was the last. A 429 or 503 with Retry-After waits at least
 * as long as the subscriber asked.
 */
export function nextAttemptAt(opts: { deliveryId: string; attempts: number; status: number | null; retryAfter: string | null; now: Date }): Date | null {
  if (opts.attempts >= MAX_ATTEMPTS) return null;
  const scheduled = RETRY_DELAYS_MS[opts.attempts - 1] * jitter(opts.deliveryId, opts.attempts);
  const asked = opts.status === 429 || opts.status === 503 ? retryAfterMs(opts.retryAfter, opts.now.getTime()) : undefined;
  const wait = Math.max(scheduled, Math.min(asked ?? 0, MAX_RETRY_AFTER_MS));
  return new Date(opts.now.getTime() + Math.round(wait));
}
