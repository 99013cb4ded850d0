import type { Registry } from "prom-client";
import { sql } from "@/src/db";
import { perScrape } from "./per-scrape";
import { snapshotGauge } from "./snapshot-gauge";

const RECENT_MS = 5 * 60_000;

type Backlog = { id: string; name: string; pending: number; failed: number };
type Attempts = { id: string; name: string; attempts: number; errors: number; p50: number | null; p95: number | null };

/**
 * Webhook delivery per subscriber: what waits and what gave up (from
 * Delivery), and the last five minutes of POSTs (from DeliveryAttempt, which
 * the worker writes per attempt): how many, how many failed, and the median
 * and 95th percentile latency, computed in Postgres so the web process needs
 * no histogram of work it never saw. Every subscriber appears, with zeros,
 * so a recovered one reads 0 rather than vanishing.
 */
export function registerDeliveryMetrics(registry: Registry): Record<string, () => Promise<unknown>> {
  const backlog = perScrape("deliveries", () =>
    sql<Backlog[]>`
      SELECT s.id, s.name,
             count(d.id) FILTER (WHERE d.status = 'PENDING')::int AS pending,
             count(d.id) FILTER (WHERE d.status = 'FAILED')::int AS failed
      FROM "Subscriber" s LEFT JOIN "Delivery" d ON d."subscriberId" = s.id AND d.status IN ('PENDING', 'FAILED')
      GROUP BY s.id`,
  );
  const attempts = perScrape("delivery attempts", () => {
    const since = new Date(Date.now() - RECENT_MS);
    return sql<Attempts[]>`
      SELECT s.id, s.name, count(a.id)::int AS attempts, count(a.id) FILTER (WHERE a.error IS NOT NULL)::int AS errors,
             percentile_cont(0.5) WITHIN GROUP (ORDER BY a."latencyMs") AS p50,
             percentile_cont(0.95) WITHIN GROUP (ORDER BY a."latencyMs") AS p95
      FROM "Subscriber" s LEFT JOIN "DeliveryAttempt" a ON a."subscriberId" = s.id AND a."startedAt" >= ${since}
      GROUP BY s.id`;
  });
  const subscriber = (r: { id: string; name: string }) => ({ subscriber_id: r.id, subscriber: r.name });
  const labelNames = ["subscriber_id", "subscriber"] as const;

  snapshotGauge(
    registry,
    { name: "goldenhub_deliveries", help: "Webhook deliveries per subscriber: pending (waiting or retrying) and failed (out of attempts).", labelNames: [...labelNames, "status"] },
    backlog,
    (set, rows) => {
      for (const r of rows) {
        set({ ...subscriber(r), status: "pending" }, r.pending);
        set({ ...subscriber(r), status: "failed" }, r.failed);
      }
    },
  );
  snapshotGauge(registry, { name: "goldenhub_delivery_attempts_last_5m", help: "Webhook POSTs per subscriber in the last 5 minutes.", labelNames }, attempts, (set, rows) => {
    for (const r of rows) set(subscriber(r), r.attempts);
  });
  snapshotGauge(
    registry,
    { name: "goldenhub_delivery_attempt_errors_last_5m", help: "Webhook POSTs per subscriber in the last 5 minutes that did not get a 2xx.", labelNames },
    attempts,
    (set, rows) => {
      for (const r of rows) set(subscriber(r), r.errors);
    },
  );
  snapshotGauge(
    registry,
    { name: "goldenhub_delivery_latency_last_5m_seconds", help: "Webhook POST latency per subscriber over the last 5 minutes, by quantile.", labelNames: [...labelNames, "quantile"] },
    attempts,
    (set, rows) => {
      for (const r of rows) {
        if (r.p50 !== null) set({ ...subscriber(r), quantile: "0.5" }, r.p50 / 1000);
        if (r.p95 !== null) set({ ...subscriber(r), quantile: "0.95" }, r.p95 / 1000);
      }
    },
  );
  return { deliveries: backlog, delivery_attempts: attempts };
}
