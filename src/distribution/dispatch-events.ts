import { sql } from "@/src/db";
import { assignFeedPositions } from "./assign-feed-positions";
import { subscriberWantsEvent } from "./subscriber-filter";

/** Events handled per call; the sweeper and the next call pick up the rest. */
const BATCH = 500;

/**
 * Turns committed, undispatched change events into one Delivery per
 * interested subscriber and gives them their places in the changes feed, in
 * one transaction. Rows are claimed with SKIP LOCKED so several dispatchers
 * never hand out the same event twice. Returns the subscribers that have new
 * deliveries, for the caller to wake their senders.
 */
export async function dispatchEvents(): Promise<{ events: number; subscriberIds: string[] }> {
  return sql.begin(async (tx) => {
    const events = await tx<{ id: string }[]>`
      SELECT id FROM "ChangeEvent" WHERE "dispatchedAt" IS NULL ORDER BY sequence LIMIT ${BATCH} FOR UPDATE SKIP LOCKED`;
    if (events.length === 0) return { events: 0, subscriberIds: [] };
    const ids = events.map((e) => e.id);
    const delivered = await tx<{ subscriberId: string }[]>`
      INSERT INTO "Delivery" (id, "subscriberId", "eventId", bulk)
      SELECT gen_random_uuid()::text, s.id, e.id, e.bulk
      FROM "ChangeEvent" e JOIN "Subscriber" s ON s.active
      WHERE e.id = ANY(${ids}::text[]) AND ${subscriberWantsEvent(tx)}
      ORDER BY e.sequence
      ON CONFLICT ("subscriberId", "eventId") DO NOTHING
      RETURNING "subscriberId"`;
    await tx`UPDATE "ChangeEvent" SET "dispatchedAt" = now() WHERE id = ANY(${ids}::text[])`;
    await assignFeedPositions(tx, ids);
    return { events: events.length, subscriberIds: [...new Set(delivered.map((d) => d.subscriberId))] };
  }) as Promise<{ events: number; subscriberIds: string[] }>;
}
