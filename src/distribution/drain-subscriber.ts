import { prisma, sql } from "@/src/db";
import { claimDeliveries } from "./claim-deliveries";
import { recordAttempts } from "./record-attempts";
import { sendDelivery, type ClaimedDelivery, type Sent } from "./send-delivery";
import { updateStanding } from "./subscriber-standing";

/** Deliveries claimed per round, and how many of them are in flight to one subscriber at once. */
const BATCH = 200;
const IN_FLIGHT = 32;

export type Drained = { sent: number; retrying: number; failed: number; held: number; nextWakeAt: Date | null };

async function sendAll(work: ClaimedDelivery[], send: (d: ClaimedDelivery) => Promise<Sent>): Promise<Sent[]> {
  const results: Sent[] = [];
  let next = 0;
  const lane = async () => {
    while (next < work.length) results.push(await send(work[next++]));
  };
  await Promise.all(Array.from({ length: Math.min(IN_FLIGHT, work.length) }, lane));
  return results;
}

/**
 * Sends a subscriber's due deliveries, round after round, until none is
 * ready: each round claims a batch (one per customer at a time, in order),
 * POSTs it with a few requests in flight, and records the attempts in two
 * statements. Returns when its next delivery falls due, for the caller to
 * come back then. `at` fixes the clock (tests simulate hours with it).
 */
export async function drainSubscriber(opts: { subscriberId: string; at?: Date }): Promise<Drained> {
  const totals = { sent: 0, retrying: 0, failed: 0, held: 0 };
  for (;;) {
    const now = opts.at ?? new Date();
    const subscriber = await prisma.subscriber.findUnique({ where: { id: opts.subscriberId } });
    if (!subscriber?.active) return { ...totals, nextWakeAt: null };
    const ids = await claimDeliveries(subscriber.id, now, BATCH);
    if (!ids.length) break;
    const claimed = await sql<ClaimedDelivery[]>`
      SELECT d.id, d.attempts, json_build_object('id', e.id, 'type', e.type, 'createdAt', e."createdAt", 'sequence', e.sequence, 'payload', e.payload) AS event
      FROM "Delivery" d JOIN "ChangeEvent" e ON e.id = d."eventId"
      WHERE d.id = ANY(${ids}::text[]) ORDER BY d.bulk, e.sequence`;
    for (const d of claimed) d.event.createdAt = new Date(`${d.event.createdAt as unknown as string}Z`);
    const results = await sendAll(claimed, (d) => sendDelivery(subscriber, d, opts.at ?? new Date()));
    await recordAttempts(subscriber.id, results);
    for (const r of results) totals[r.outcome === "sent" ? "sent" : r.outcome === "retry" ? "retrying" : r.outcome]++;
    const failures = results.filter((r) => r.outcome === "retry" || r.outcome === "failed");
    const stillActive = await updateStanding(subscriber.id, {
      succeeded: results.some((r) => r.outcome === "sent"),
      failedAt: failures[0]?.startedAt ?? null,
      disable: results.find((r) => r.disable)?.disable ?? null,
      now,
    });
    if (!stillActive) return { ...totals, nextWakeAt: null };
  }
  const [next] = await sql<{ at: Date | null }[]>`
    SELECT min("nextAttemptAt") AS at FROM "Delivery" WHERE "subscriberId" = ${opts.subscriberId} AND status = 'PENDING'`;
  return { ...totals, nextWakeAt: next?.at ?? null };
}
