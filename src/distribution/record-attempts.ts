import { sql } from "@/src/db";

/** What one POST of one delivery came to, and what happens to the delivery next. */
export type AttemptResult = {
  deliveryId: string;
  startedAt: Date;
  statusCode: number | null;
  latencyMs: number;
  excerpt: string | null;
  error: string | null;
  /** sent: done; retry: again at nextAttemptAt; failed: out of attempts; held: waits for its subscriber to be enabled again */
  outcome: "sent" | "retry" | "failed" | "held";
  attempts: number;
  nextAttemptAt: Date;
};

const MAX_ERROR = 500;

/**
 * Writes a batch of attempts in two statements: each delivery's new state
 * and one DeliveryAttempt row per POST, numbered across the delivery's life
 * (a resend starts a new schedule but not a new log).
 */
export async function recordAttempts(subscriberId: string, results: readonly AttemptResult[]): Promise<void> {
  if (!results.length) return;
  const rows = results.map((r) => ({
    id: r.deliveryId,
    status: r.outcome === "sent" ? "SUCCEEDED" : r.outcome === "failed" ? "FAILED" : "PENDING",
    attempts: r.attempts,
    code: r.statusCode,
    error: r.error?.slice(0, MAX_ERROR) ?? null,
    next: r.nextAttemptAt.toISOString(),
    at: r.startedAt.toISOString(),
    delivered: r.outcome === "sent" ? r.startedAt.toISOString() : null,
    latency: r.latencyMs,
    excerpt: r.excerpt,
  }));
  await sql.begin(async (tx) => {
    await tx`
      INSERT INTO "DeliveryAttempt" (id, "deliveryId", "subscriberId", number, "startedAt", "statusCode", "latencyMs", "responseExcerpt", error)
      SELECT gen_random_uuid()::text, v.id, ${subscriberId}, 1 + (SELECT count(*) FROM "DeliveryAttempt" a WHERE a."deliveryId" = v.id),
        v.at, v.code, v.latency, v.excerpt, v.error
      FROM jsonb_to_recordset(${tx.json(rows as never)}) AS v(id text, at timestamp(3), code int, latency int, excerpt text, error text)`;
    await tx`
      UPDATE "Delivery" d SET status = v.status::"DeliveryStatus", attempts = v.attempts, "lastStatusCode" = v.code, "lastError" = v.error,
        "nextAttemptAt" = v.next, "lastAttemptAt" = v.at, "deliveredAt" = coalesce(v.delivered, d."deliveredAt"), "sendingUntil" = NULL
      FROM jsonb_to_recordset(${tx.json(rows as never)})
        AS v(id text, status text, attempts int, code int, error text, next timestamp(3), at timestamp(3), delivered timestamp(3))
      WHERE d.id = v.id`;
  });
}
