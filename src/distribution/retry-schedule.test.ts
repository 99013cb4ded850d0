import { describe, expect, it } from "vitest";
import { MAX_ATTEMPTS, nextAttemptAt, RETRY_DELAYS_MS } from "./retry-schedule";

const now = new Date("2030-03-01T12:00:00Z");
const waitAfter = (attempts: number, answer: { status?: number | null; retryAfter?: string | null } = {}, deliveryId = "d-1") => {
  const at = nextAttemptAt({ deliveryId, attempts, status: answer.status ?? 500, retryAfter: answer.retryAfter ?? null, now });
  return at ? at.getTime() - now.getTime() : null;
};
const HOUR = 3_600_000;

describe("the retry schedule", () => {
  it("waits 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h, each within a fifth either way, and stops after the 8th attempt", () => {
    expect(MAX_ATTEMPTS).toBe(8);
    const planned = [5_000, 300_000, 1_800_000, 2 * HOUR, 5 * HOUR, 10 * HOUR, 10 * HOUR];
    expect([...RETRY_DELAYS_MS]).toEqual(planned);
    for (let attempts = 1; attempts < MAX_ATTEMPTS; attempts++) {
      for (const id of ["a", "b", "c", "d"]) {
        const wait = waitAfter(attempts, {}, id)!;
        expect(wait).toBeGreaterThanOrEqual(planned[attempts - 1] * 0.8);
        expect(wait).toBeLessThanOrEqual(planned[attempts - 1] * 1.2);
      }
    }
    expect(waitAfter(MAX_ATTEMPTS)).toBeNull();
    expect(waitAfter(MAX_ATTEMPTS, { status: 503, retryAfter: "60" })).toBeNull();
  });

  it("spreads deliveries that failed together instead of sending them back in one wave", () => {
    const waits = new Set(Array.from({ length: 50 }, (_, i) => waitAfter(3, {}, `delivery-${i}`)));
    expect(waits.size).toBeGreaterThan(25);
    // Fixed per delivery and attempt, so the same delivery asks for the same time twice.
    expect(waitAfter(3, {}, "delivery-7")).toBe(waitAfter(3, {}, "delivery-7"));
  });

  it("waits as long as a 429 or 503 asks when that is longer than the schedule, in seconds or as a date", () => {
    expect(waitAfter(1, { status: 503, retryAfter: "7200" })).toBe(2 * HOUR);
    expect(waitAfter(1, { status: 429, retryAfter: "900" })).toBe(900_000);
    expect(waitAfter(1, { status: 503, retryAfter: new Date(now.getTime() + 3 * HOUR).toUTCString() })).toBe(3 * HOUR);
  });

  it("keeps the schedule's wait when Retry-After asks for less, is unreadable, or comes with another status", () => {
    const scheduled = waitAfter(3)!;
    expect(waitAfter(3, { status: 503, retryAfter: "1" })).toBe(scheduled);
    expect(waitAfter(3, { status: 429, retryAfter: "soon" })).toBe(scheduled);
    expect(waitAfter(3, { status: 500, retryAfter: "7200" })).toBe(scheduled);
    expect(waitAfter(3, { status: null, retryAfter: null })).toBe(scheduled);
  });

  it("honours Retry-After up to a day, no longer", () => {
    expect(waitAfter(1, { status: 503, retryAfter: String(7 * 24 * 3600) })).toBe(24 * HOUR);
  });
});
