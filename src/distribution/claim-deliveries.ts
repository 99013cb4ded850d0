import { sql } from "@/src/db";
import { env } from "@/src/env";

/** Due deliveries looked at per claim: enough to fill a batch past a few that must wait. */
const SCAN = 1_000;

type Candidate = { id: string; blockerNextAt: Date | null; blockerSending: boolean | null; blocked: boolean };

/**
 * Claims up to `limit` of a subscriber's due deliveries for sending, each the
 * earliest one pending of its customer, so one customer's changes reach the
 * subscriber in the order they happened (a merge after both records'
 * earlier events) while different customers never wait for each other.
 * A delivery held back by an earlier one that waits for a retry takes that
 * retry's time, so it leaves the head of the queue until its turn comes.
 * Real-time deliveries go before a bulk run's or a replay's backlog: a
 * change pushed during an import reaches the subscriber without waiting for
 * the import's events (its own customer's earlier events still go first).
 * The claim (sendingUntil) keeps other senders off the rows it returns.
 */
export async function claimDeliveries(subscriberId: string, now: Date, limit: number): Promise<string[]> {
  const candidates = await sql<Candidate[]>`
    WITH due AS (
      SELECT d.id, d.bulk, e.sequence, e."goldenRecordId"
      FROM (
        -- Real-time before bulk, then oldest due first, read in index order: sorting all of a backlog on every claim would grow with it.
        SELECT d.id, d."eventId", d.bulk FROM "Delivery" d
        WHERE d."subscriberId" = ${subscriberId} AND d.status = 'PENDING' AND d."nextAttemptAt" <= ${now}
          AND (d."sendingUntil" IS NULL OR d."sendingUntil" < ${now})
        ORDER BY d.bulk, d."nextAttemptAt"
        LIMIT ${SCAN}) d
      JOIN "ChangeEvent" e ON e.id = d."eventId")
    SELECT due.id, b.next_at AS "blockerNextAt", b.sending AS "blockerSending", b.found IS NOT NULL AS blocked
    FROM due
    LEFT JOIN LATERAL (
      SELECT true AS found, sent."nextAttemptAt" AS next_at, coalesce(sent."sendingUntil" >= ${now}, false) OR earlier."dispatchedAt" IS NULL AS sending
      FROM (SELECT due."goldenRecordId" AS id UNION ALL SELECT g.id FROM "GoldenRecord" g WHERE g."mergedIntoId" = due."goldenRecordId") family
      JOIN "ChangeEvent" earlier ON earlier."goldenRecordId" = family.id AND earlier.sequence < due.sequence
      LEFT JOIN "Delivery" sent ON sent."subscriberId" = ${subscriberId} AND sent."eventId" = earlier.id AND sent.status = 'PENDING'
      WHERE earlier."dispatchedAt" IS NULL OR sent.id IS NOT NULL
      ORDER BY earlier.sequence LIMIT 1) b ON true
    ORDER BY due.bulk, due.sequence`;
  const deferred = candidates.filter((c) => c.blocked && !c.blockerSending && c.blockerNextAt && c.blockerNextAt > now);
  if (deferred.length) {
    await sql`
      UPDATE "Delivery" d SET "nextAttemptAt" = v.at
      FROM jsonb_to_recordset(${sql.json(deferred.map((c) => ({ id: c.id, at: c.blockerNextAt })) as never)}) AS v(id text, at timestamp(3))
      WHERE d.id = v.id AND d.status = 'PENDING'`;
  }
  const ready = candidates.filter((c) => !c.blocked).slice(0, limit).map((c) => c.id);
  if (!ready.length) return [];
  const until = new Date(now.getTime() + env.WEBHOOK_TIMEOUT_MS + 30_000);
  // Re-checked under the row lock: another sender that claimed a row first keeps it.
  const claimed = await sql<{ id: string }[]>`
    UPDATE "Delivery" SET "sendingUntil" = ${until}
    WHERE id = ANY(${ready}::text[]) AND status = 'PENDING' AND ("sendingUntil" IS NULL OR "sendingUntil" < ${now})
    RETURNING id`;
  return claimed.map((c) => c.id);
}
