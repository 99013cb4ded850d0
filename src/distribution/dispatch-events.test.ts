import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "@/src/db";
import { outboxEvents, retireSubscribers, subscriber } from "@/src/testing/outbox-fixtures";
import { dispatchEvents } from "./dispatch-events";

const subscriberIds: string[] = [];
afterAll(() => retireSubscribers(subscriberIds));

async function subscribers(specs: { eventTypes?: string[]; active?: boolean }[]) {
  const subs = await Promise.all(specs.map((s) => subscriber(s)));
  subscriberIds.push(...subs.map((s) => s.id));
  return subs;
}

/** Other tests leave events in the shared outbox; dispatch until it is empty so ours are surely handled. */
async function dispatchAll(): Promise<string[]> {
  const ids: string[] = [];
  for (;;) {
    const { events, deliveryIds } = await dispatchEvents();
    ids.push(...deliveryIds);
    if (events === 0) return ids;
  }
}

/** Which event types each subscriber received, among the given events. */
async function received(eventIds: string[], subscriberIds: string[]) {
  const rows = await prisma.delivery.findMany({
    where: { eventId: { in: eventIds }, subscriberId: { in: subscriberIds } },
    include: { event: { select: { type: true } } },
  });
  return Object.fromEntries(subscriberIds.map((id) => [id, rows.filter((r) => r.subscriberId === id).map((r) => r.event.type).sort()]));
}

describe("dispatchEvents", () => {
  it("gives each subscriber only the event types it asked for, every type when it named none, and a disabled one nothing", async () => {
    const [mergesOnly, everything, disabled] = await subscribers([
      { eventTypes: ["golden.merged"] },
      { eventTypes: [] },
      { eventTypes: ["golden.created", "golden.merged"], active: false },
    ]);
    const events = await outboxEvents(["golden.created", "golden.updated", "golden.merged"]);
    await dispatchAll();

    expect(await received(events.map((e) => e.id), [mergesOnly.id, everything.id, disabled.id])).toEqual({
      [mergesOnly.id]: ["golden.merged"],
      [everything.id]: ["golden.created", "golden.merged", "golden.updated"],
      [disabled.id]: [],
    });
    const dispatched = await prisma.changeEvent.findMany({ where: { id: { in: events.map((e) => e.id) } } });
    expect(dispatched.every((e) => e.dispatchedAt !== null)).toBe(true);
  });

  it("dispatches each event once: a second dispatch creates no new deliveries", async () => {
    const [sub] = await subscribers([{}]);
    const events = await outboxEvents(["golden.created", "golden.updated"]);
    const eventIds = events.map((e) => e.id);
    await dispatchAll();
    const first = await prisma.delivery.findMany({ where: { eventId: { in: eventIds } }, select: { id: true, subscriberId: true } });
    expect(first.filter((d) => d.subscriberId === sub.id)).toHaveLength(2);

    const again = await dispatchAll();
    expect(again.filter((id) => first.some((d) => d.id === id))).toEqual([]);
    expect(await prisma.delivery.count({ where: { eventId: { in: eventIds } } })).toBe(first.length);
  });

  it("hands each event to one of several dispatchers running at once", async () => {
    const [sub] = await subscribers([{}]);
    const events = await outboxEvents(Array.from({ length: 20 }, () => "golden.updated"));
    const runs = await Promise.all([dispatchAll(), dispatchAll(), dispatchAll()]);
    const ours = await prisma.delivery.findMany({ where: { subscriberId: sub.id }, select: { id: true, eventId: true } });
    expect(ours.map((d) => d.eventId).sort()).toEqual(events.map((e) => e.id).sort());
    const handedOut = runs.flat().filter((id) => ours.some((d) => d.id === id));
    expect(handedOut.sort()).toEqual(ours.map((d) => d.id).sort());
  });
});
