import { prisma } from "@/src/db";
import { unique, webhookSecret } from "./fixtures";

/**
 * Undispatched change events on one fresh golden record, as the writer
 * leaves them in the outbox; distribution tests start from here so they do
 * not depend on how matching decides to create or link records.
 */
export async function outboxEvents(types: string[], opts: { dispatched?: boolean } = {}): Promise<{ id: string; type: string }[]> {
  const golden = await prisma.goldenRecord.create({ data: { displayName: `Outbox ${unique()}`, attributes: {}, lineage: {} } });
  const events = [];
  for (const [i, type] of types.entries()) {
    events.push(
      await prisma.changeEvent.create({
        data: {
          type,
          goldenRecordId: golden.id,
          payload: { goldenRecordId: golden.id, version: i + 1 },
          dispatchedAt: opts.dispatched ? new Date() : null,
        },
        select: { id: true, type: true },
      }),
    );
  }
  return events;
}

/**
 * A pending delivery of a fresh event, as the dispatcher leaves it. The event
 * is marked dispatched so a dispatcher running meanwhile cannot claim it too.
 */
export async function pendingDelivery(subscriberId: string, type = "golden.updated") {
  const [event] = await outboxEvents([type], { dispatched: true });
  const delivery = await prisma.delivery.create({ data: { subscriberId, eventId: event.id } });
  return { event, delivery };
}

/** A subscriber with a fresh secret; `eventTypes` empty means every type, as in production. */
export async function subscriber(opts: { url?: string; eventTypes?: string[]; active?: boolean } = {}) {
  return prisma.subscriber.create({
    data: {
      name: `test ${unique()}`,
      // Port 9 (discard) refuses connections: a subscriber a test never sends to.
      url: opts.url ?? "http://127.0.0.1:9/hooks",
      secret: webhookSecret(),
      eventTypes: opts.eventTypes ?? [],
      active: opts.active ?? true,
    },
  });
}

/** Stops later tests' workers from delivering to endpoints this test has closed. */
export async function retireSubscribers(ids: string[]): Promise<void> {
  await prisma.subscriber.updateMany({ where: { id: { in: ids } }, data: { active: false } });
}
