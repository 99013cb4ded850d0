import { afterAll, describe, expect, it } from "vitest";
import { prisma, sql } from "@/src/db";
import { outboxEvents, retireSubscribers, subscriber } from "@/src/testing/outbox-fixtures";
import { dispatchEvents } from "./dispatch-events";
import { subscriberWantsEvent } from "./subscriber-filter";

const subscriberIds: string[] = [];
afterAll(() => retireSubscribers(subscriberIds));

async function subscribers(specs: { eventTypes?: string[]; active?: boolean }[]) {
  const subs = await Promise.all(specs.map((s) => subscriber(s)));
  subscriberIds.push(...subs.map((s) => s.id));
  return subs;
}

/** Other tests leave events in the shared outbox; dispatch until it is empty so ours are surely handled. Returns the subscribers woken. */
async function dispatchAll(): Promise<string[]> {
  const ids: string[] = [];
  for (;;) {
    const { events, subscriberIds } = await dispatchEvents();
    ids.push(...subscriberIds);
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
    expect(again).not.toContain(sub.id);
    expect(await prisma.delivery.count({ where: { eventId: { in: eventIds } } })).toBe(first.length);
  });

  it("hands each event to one of several dispatchers running at once", async () => {
    const [sub] = await subscribers([{}]);
    const events = await outboxEvents(Array.from({ length: 20 }, () => "golden.updated"));
    const runs = await Promise.all([dispatchAll(), dispatchAll(), dispatchAll()]);
    const ours = await prisma.delivery.findMany({ where: { subscriberId: sub.id }, select: { id: true, eventId: true } });
    expect(ours.map((d) => d.eventId).sort()).toEqual(events.map((e) => e.id).sort());
    expect(runs.flat()).toContain(sub.id);
    // The feed gives each event one place, in the order of the events' sequence.
    const placed = await prisma.changeEvent.findMany({ where: { id: { in: events.map((e) => e.id) } }, orderBy: { sequence: "asc" } });
    const positions = placed.map((e) => e.feedPosition!);
    expect(positions.every((p) => p !== null)).toBe(true);
    expect([...positions].sort((a, b) => (a < b ? -1 : 1))).toEqual(positions);
  });

  it("filters by entity type, source and changed attributes, each empty meaning all", async () => {
    const [people, fromSap, emails, all] = await subscribers([{}, {}, {}, {}]);
    await prisma.subscriber.update({ where: { id: people.id }, data: { entityTypes: ["person"] } });
    await prisma.subscriber.update({ where: { id: fromSap.id }, data: { sourceKeys: ["sap"] } });
    await prisma.subscriber.update({ where: { id: emails.id }, data: { attributes: ["email"] } });
    const [person, organization, merge] = await outboxEvents(["golden.updated", "golden.updated", "golden.merged"]);
    const payloads = [
      [person.id, { entityType: "person", sources: ["crm"], changedAttributes: ["email"] }],
      [organization.id, { entityType: "organization", sources: ["sap", "crm"], changedAttributes: ["city"] }],
      [merge.id, { entityType: "organization", sources: ["crm"], changedAttributes: ["city"] }],
    ] as const;
    for (const [id, payload] of payloads) await prisma.changeEvent.update({ where: { id }, data: { payload: { goldenRecordId: "g", version: 2, ...payload } } });
    await dispatchAll();
    const got = await received([person.id, organization.id, merge.id], [people.id, fromSap.id, emails.id, all.id]);
    expect(got[people.id]).toEqual(["golden.updated"]);
    expect(got[fromSap.id]).toEqual(["golden.updated"]);
    // A merge changes who the customer is, whatever attributes it touched.
    expect(got[emails.id]).toEqual(["golden.merged", "golden.updated"]);
    expect(got[all.id]).toEqual(["golden.merged", "golden.updated", "golden.updated"]);
  });

  it("passes events written before events named entity type, sources and changed attributes, and requires every filter a subscriber set", async () => {
    const [strict, personMerges] = await subscribers([{}, { eventTypes: ["golden.merged"] }]);
    await prisma.subscriber.update({ where: { id: strict.id }, data: { entityTypes: ["person"], sourceKeys: ["crm"], attributes: ["email"] } });
    await prisma.subscriber.update({ where: { id: personMerges.id }, data: { entityTypes: ["person"] } });
    const [older, matching, wrongSource, personUpdate] = await outboxEvents(["golden.updated", "golden.updated", "golden.updated", "golden.updated"]);
    const payloads = [
      [matching.id, { entityType: "person", sources: ["crm", "sap"], changedAttributes: ["email", "city"] }],
      [wrongSource.id, { entityType: "person", sources: ["sap"], changedAttributes: ["email"] }],
      [personUpdate.id, { entityType: "person", sources: ["crm"], changedAttributes: ["email"] }],
    ] as const;
    for (const [id, payload] of payloads) await prisma.changeEvent.update({ where: { id }, data: { payload: { goldenRecordId: "g", version: 2, ...payload } } });
    await dispatchAll();
    const eventIds = [older.id, matching.id, wrongSource.id, personUpdate.id];
    const got = await prisma.delivery.findMany({ where: { eventId: { in: eventIds }, subscriberId: { in: [strict.id, personMerges.id] } } });
    const ofStrict = got.filter((d) => d.subscriberId === strict.id).map((d) => d.eventId).sort();
    expect(ofStrict).toEqual([older.id, matching.id, personUpdate.id].sort());
    // Entity type matches but the event type does not: every filter must agree.
    expect(got.filter((d) => d.subscriberId === personMerges.id)).toEqual([]);

    // Replay reads the same predicate over its own aliases.
    const wanted = await sql<{ id: string }[]>`
      SELECT ev.id FROM "ChangeEvent" ev JOIN "Subscriber" sub ON sub.id = ${strict.id}
      WHERE ev.id = ANY(${eventIds}::text[]) AND ${subscriberWantsEvent(sql, "sub", "ev")}`;
    expect(wanted.map((w) => w.id).sort()).toEqual(ofStrict);
  });
});
