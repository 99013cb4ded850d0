import { prisma } from "@/src/db";

/** Events handled per call; the sweeper and the next call pick up the rest. */
const BATCH = 200;

/**
 * Turns committed, undispatched change events into one Delivery per
 * interested subscriber, in sequence order. Rows are claimed with SKIP LOCKED
 * so several dispatchers never hand out the same event twice.
 */
export async function dispatchEvents(): Promise<{ events: number; deliveryIds: string[] }> {
  return prisma.$transaction(async (tx) => {
    const events = await tx.$queryRaw<{ id: string; type: string }[]>`
      SELECT id, type FROM "ChangeEvent"
      WHERE "dispatchedAt" IS NULL
      ORDER BY sequence
      LIMIT ${BATCH}
      FOR UPDATE SKIP LOCKED`;
    if (events.length === 0) return { events: 0, deliveryIds: [] };
    const subscribers = await tx.subscriber.findMany({ where: { active: true } });
    const wanted = events.flatMap((e) =>
      subscribers
        .filter((s) => s.eventTypes.length === 0 || s.eventTypes.includes(e.type))
        .map((s) => ({ subscriberId: s.id, eventId: e.id })),
    );
    const deliveries = wanted.length
      ? await tx.delivery.createManyAndReturn({ data: wanted, skipDuplicates: true, select: { id: true } })
      : [];
    await tx.changeEvent.updateMany({ where: { id: { in: events.map((e) => e.id) } }, data: { dispatchedAt: new Date() } });
    return { events: events.length, deliveryIds: deliveries.map((d) => d.id) };
  });
}
