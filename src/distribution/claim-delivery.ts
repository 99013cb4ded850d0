import { sql } from "@/src/db";
import { env } from "@/src/env";

/** How long a delivery waiting for an earlier one sleeps before looking again, unless the earlier one wakes it sooner. */
export const WAITING_LOOKS_AGAIN_MS = 15_000;

/** What a worker may do with a delivery right now. */
export type Claim = "claimed" | "waiting" | "done";

/**
 * Claims a delivery for sending, in one statement, so the check and the
 * claim cannot be split by another worker. It is refused while another
 * worker holds it, and it waits while an earlier event of the same golden
 * record (or of a record merged into it, so a merge follows both records'
 * history) is not yet dispatched or still pending for this subscriber:
 * subscribers then see one customer's changes in the order they happened,
 * while different customers never wait for each other.
 */
export async function claimDelivery(deliveryId: string, now = new Date()): Promise<Claim> {
  const until = new Date(now.getTime() + env.WEBHOOK_TIMEOUT_MS + 30_000);
  // The record's own earlier events and those of records merged into it, each found by (goldenRecordId, sequence).
  const claimed = await sql`
    UPDATE "Delivery" d SET "sendingUntil" = ${until}
    FROM "ChangeEvent" e, "Subscriber" s
    WHERE d.id = ${deliveryId} AND e.id = d."eventId" AND s.id = d."subscriberId"
      AND d.status = 'PENDING' AND s.active
      AND (d."sendingUntil" IS NULL OR d."sendingUntil" < ${now})
      AND NOT EXISTS (
        SELECT 1 FROM (
          SELECT e."goldenRecordId" AS id
          UNION ALL SELECT g.id FROM "GoldenRecord" g WHERE g."mergedIntoId" = e."goldenRecordId"
        ) family
        CROSS JOIN LATERAL (
          SELECT 1 FROM "ChangeEvent" earlier
          WHERE earlier."goldenRecordId" = family.id AND earlier.sequence < e.sequence
            AND (earlier."dispatchedAt" IS NULL OR EXISTS (
              SELECT 1 FROM "Delivery" sent
              WHERE sent."subscriberId" = d."subscriberId" AND sent."eventId" = earlier.id AND sent.status = 'PENDING'))
          LIMIT 1) blocking)
    RETURNING d.id`;
  if (claimed.length) return "claimed";
  // A waiting delivery says when it looks again, so the sweeper's oldest-first list reaches the one it waits for.
  const [state] = await sql<{ status: string; active: boolean }[]>`
    UPDATE "Delivery" d SET "nextAttemptAt" = CASE WHEN d.status = 'PENDING' THEN ${new Date(now.getTime() + WAITING_LOOKS_AGAIN_MS)}::timestamptz ELSE d."nextAttemptAt" END
    FROM "Subscriber" s WHERE d.id = ${deliveryId} AND s.id = d."subscriberId"
    RETURNING d.status, s.active`;
  return state?.status === "PENDING" && state.active ? "waiting" : "done";
}

/**
 * The delivery that was waiting for this one: the same subscriber's next
 * pending event of the same customer, so it can be sent at once instead of
 * at its next look.
 */
export async function nextInLine(deliveryId: string): Promise<string | null> {
  // Each family member's next event by the (goldenRecordId, sequence) index, then the earliest: a plan that cannot
  // fall back to scanning every pending delivery when the outbox grew faster than its statistics.
  const [next] = await sql<{ id: string }[]>`
    WITH done AS (
      SELECT d."subscriberId", e.sequence, coalesce(g."mergedIntoId", g.id) AS root
      FROM "Delivery" d JOIN "ChangeEvent" e ON e.id = d."eventId" JOIN "GoldenRecord" g ON g.id = e."goldenRecordId"
      WHERE d.id = ${deliveryId})
    SELECT n.id FROM done
    CROSS JOIN LATERAL (SELECT done.root AS id UNION ALL SELECT g.id FROM "GoldenRecord" g WHERE g."mergedIntoId" = done.root) family
    CROSS JOIN LATERAL (
      SELECT x.id, x.sequence FROM (
        SELECT e.sequence, (SELECT d.id FROM "Delivery" d
          WHERE d."subscriberId" = done."subscriberId" AND d."eventId" = e.id AND d.status = 'PENDING') AS id
        FROM "ChangeEvent" e WHERE e."goldenRecordId" = family.id AND e.sequence > done.sequence) x
      WHERE x.id IS NOT NULL ORDER BY x.sequence LIMIT 1) n
    ORDER BY n.sequence LIMIT 1`;
  return next?.id ?? null;
}
