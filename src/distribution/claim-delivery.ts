import { sql } from "@/src/db";
import { env } from "@/src/env";

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
  const claimed = await sql`
    UPDATE "Delivery" d SET "sendingUntil" = ${until}
    FROM "ChangeEvent" e, "Subscriber" s
    WHERE d.id = ${deliveryId} AND e.id = d."eventId" AND s.id = d."subscriberId"
      AND d.status = 'PENDING' AND s.active
      AND (d."sendingUntil" IS NULL OR d."sendingUntil" < ${now})
      AND NOT EXISTS (
        SELECT 1 FROM "ChangeEvent" earlier
        LEFT JOIN "Delivery" sent ON sent."eventId" = earlier.id AND sent."subscriberId" = d."subscriberId"
        WHERE earlier.sequence < e.sequence
          AND (earlier."goldenRecordId" = e."goldenRecordId"
            OR earlier."goldenRecordId" IN (SELECT id FROM "GoldenRecord" WHERE "mergedIntoId" = e."goldenRecordId"))
          AND (earlier."dispatchedAt" IS NULL OR sent.status = 'PENDING'))
    RETURNING d.id`;
  if (claimed.length) return "claimed";
  const [state] = await sql<{ status: string; active: boolean }[]>`
    SELECT d.status, s.active FROM "Delivery" d JOIN "Subscriber" s ON s.id = d."subscriberId" WHERE d.id = ${deliveryId}`;
  return state?.status === "PENDING" && state.active ? "waiting" : "done";
}

/**
 * The delivery that was waiting for this one: the same subscriber's next
 * pending event of the same customer, so it can be sent at once instead of
 * at its next look.
 */
export async function nextInLine(deliveryId: string): Promise<string | null> {
  const [next] = await sql<{ id: string }[]>`
    WITH done AS (
      SELECT d."subscriberId", e.sequence, coalesce(g."mergedIntoId", g.id) AS root
      FROM "Delivery" d JOIN "ChangeEvent" e ON e.id = d."eventId" JOIN "GoldenRecord" g ON g.id = e."goldenRecordId"
      WHERE d.id = ${deliveryId})
    SELECT d.id FROM done, "Delivery" d JOIN "ChangeEvent" e ON e.id = d."eventId"
    WHERE d."subscriberId" = done."subscriberId" AND d.status = 'PENDING' AND e.sequence > done.sequence
      AND (e."goldenRecordId" = done.root OR e."goldenRecordId" IN (SELECT id FROM "GoldenRecord" WHERE "mergedIntoId" = done.root))
    ORDER BY e.sequence LIMIT 1`;
  return next?.id ?? null;
}
