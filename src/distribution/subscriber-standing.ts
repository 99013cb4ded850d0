import { sql } from "@/src/db";

/** A subscriber failing this long without one success is disabled: its owner is told on the dashboard instead of it being retried for days. */
export const FAILING_DISABLES_AFTER_MS = 24 * 3_600_000;

/**
 * Updates a subscriber's standing after a batch of attempts: any success
 * clears its failing streak; failures only start one (or, a day on, disable
 * it); `disable` (a 410, a refused address) disables it at once with the
 * reason given. Returns whether it is still enabled.
 *
 * A success that ends a failing streak means the endpoint is back: its
 * backlog is made due at once instead of each delivery waiting out its own
 * backoff (30 minutes after a ten-minute outage, hours after a long one).
 * Deliveries the subscriber itself asked to wait (429, 503) keep their time.
 */
export async function updateStanding(subscriberId: string, batch: { succeeded: boolean; failedAt: Date | null; disable: string | null; now: Date }): Promise<boolean> {
  if (batch.disable) {
    await sql`UPDATE "Subscriber" SET active = false, "disabledAt" = ${batch.now}, "disabledReason" = ${batch.disable}, "updatedAt" = ${batch.now} WHERE id = ${subscriberId}`;
    return false;
  }
  if (batch.succeeded) {
    await sql`
      WITH back AS (UPDATE "Subscriber" SET "failingSince" = NULL WHERE id = ${subscriberId} AND "failingSince" IS NOT NULL RETURNING id)
      UPDATE "Delivery" SET "nextAttemptAt" = ${batch.now}
      WHERE "subscriberId" IN (SELECT id FROM back) AND status = 'PENDING' AND "nextAttemptAt" > ${batch.now}
        AND (attempts = 0 OR "lastStatusCode" IS NULL OR "lastStatusCode" NOT IN (429, 503))`;
    return true;
  }
  if (!batch.failedAt) return true;
  const [row] = await sql<{ active: boolean }[]>`
    UPDATE "Subscriber" s SET "failingSince" = coalesce(s."failingSince", ${batch.failedAt}),
      active = s.active AND NOT (s."failingSince" IS NOT NULL AND s."failingSince" <= ${new Date(batch.now.getTime() - FAILING_DISABLES_AFTER_MS)}),
      "disabledAt" = CASE WHEN s."failingSince" <= ${new Date(batch.now.getTime() - FAILING_DISABLES_AFTER_MS)} THEN ${batch.now}::timestamp(3) ELSE s."disabledAt" END,
      "disabledReason" = CASE WHEN s."failingSince" <= ${new Date(batch.now.getTime() - FAILING_DISABLES_AFTER_MS)}
        THEN 'every delivery failed since ' || to_char(s."failingSince", 'YYYY-MM-DD HH24:MI "UTC"') ELSE s."disabledReason" END
    WHERE id = ${subscriberId}
    RETURNING active`;
  return row?.active ?? false;
}
