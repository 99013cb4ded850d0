import type { Tx } from "@/src/db";

/** Any fixed number naming the feed's lock; only dispatchers take it. */
const FEED_LOCK = 7_301_917;

/**
 * Gives events their places in the changes feed, in sequence order, inside
 * the transaction that dispatches them. Dispatchers take turns (a lock held
 * to commit), so positions become visible in the order they are given and a
 * feed reader who saw position n never later finds a smaller one committed.
 */
export async function assignFeedPositions(tx: Tx, eventIds: readonly string[]): Promise<void> {
  if (!eventIds.length) return;
  await tx`SELECT pg_advisory_xact_lock(${FEED_LOCK})`;
  await tx`
    UPDATE "ChangeEvent" e SET "feedPosition" = p.position
    FROM (
      SELECT id, (SELECT coalesce(max("feedPosition"), 0) FROM "ChangeEvent") + row_number() OVER (ORDER BY sequence) AS position
      FROM "ChangeEvent" WHERE id = ANY(${eventIds as string[]}::text[])
    ) p
    WHERE e.id = p.id`;
}
