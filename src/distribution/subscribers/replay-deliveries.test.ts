import { afterAll, describe, expect, it } from "vitest";
import { closeDb, prisma } from "@/src/db";
import { retireSubscribers, subscriber } from "@/src/testing/outbox-fixtures";
import { adminPrincipal, changeEvents, delivery, dropDrains, queuedDrains, stewardPrincipal } from "@/src/testing/subscriber-fixtures";
import { closeQueues } from "@/workers/contracts";
import { replayDeliveries } from "./replay-deliveries";

const admin = adminPrincipal();
const subscriberIds: string[] = [];
afterAll(async () => {
  await retireSubscribers(subscriberIds);
  await dropDrains(subscriberIds);
  await closeQueues();
  await closeDb();
});

async function newSubscriber(filters: { eventTypes?: string[]; entityTypes?: string[]; sourceKeys?: string[]; active?: boolean } = {}) {
  const { active, ...rest } = filters;
  const s = await subscriber({ active });
  subscriberIds.push(s.id);
  return prisma.subscriber.update({ where: { id: s.id }, data: rest });
}

const tick = () => new Promise((r) => setTimeout(r, 5));
const deliveriesOf = (subscriberId: string) => prisma.delivery.findMany({ where: { subscriberId }, orderBy: { eventId: "asc" } });

describe("replayDeliveries", () => {
  it("restarts the subscriber's deliveries since a time and adds the events it wants but never had, each once, leaving undispatched events to the dispatcher", async () => {
    const sub = await newSubscriber({ eventTypes: ["golden.updated", "golden.merged"], entityTypes: ["person"] });
    const [old] = await changeEvents([{}]);
    await tick();
    const since = new Date();
    const [delivered, gaveUp, missed, unwantedType, unwantedEntity, undispatched] = await changeEvents([
      {},
      { type: "golden.merged" },
      {},
      { type: "golden.created" },
      { entityType: "organization" },
      { dispatched: false },
    ]);
    await delivery(sub.id, delivered.id, { status: "SUCCEEDED", attempts: 1 });
    await delivery(sub.id, gaveUp.id, { status: "FAILED", attempts: 8, nextAttemptAt: new Date(Date.now() - 3_600_000) });

    expect(await replayDeliveries({ principal: admin, subscriberId: sub.id, since })).toEqual({ replayed: 3, created: 1, subscriberEnabled: true });
    const rows = await deliveriesOf(sub.id);
    expect(rows.map((r) => r.eventId).sort()).toEqual([delivered.id, gaveUp.id, missed.id].sort());
    for (const r of rows) {
      expect(r).toMatchObject({ status: "PENDING", attempts: 0 });
      expect(r.nextAttemptAt.getTime()).toBeLessThanOrEqual(Date.now());
    }
    for (const e of [old, unwantedType, unwantedEntity, undispatched]) expect(rows.some((r) => r.eventId === e.id)).toBe(false);
    expect(await queuedDrains(sub.id)).not.toHaveLength(0);

    // Again: the same deliveries restart, no second row for any event.
    expect(await replayDeliveries({ principal: admin, subscriberId: sub.id, since: since.toISOString() })).toEqual({ replayed: 3, created: 0, subscriberEnabled: true });
    expect(await prisma.delivery.count({ where: { subscriberId: sub.id } })).toBe(3);

    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { targetId: sub.id, action: "subscriber.replay" }, orderBy: { createdAt: "asc" } });
    expect(audit).toMatchObject({ actor: admin.label, data: { since: since.toISOString(), sinceSequence: null, replayed: 3, created: 1 } });
  });

  it("replays from a sequence number on, that event included", async () => {
    const sub = await newSubscriber();
    const events = await changeEvents([{}, {}, {}, {}]);
    await delivery(sub.id, events[1].id, { status: "FAILED", attempts: 8 });
    expect(await replayDeliveries({ principal: admin, subscriberId: sub.id, sinceSequence: Number(events[2].sequence) })).toEqual({ replayed: 2, created: 2, subscriberEnabled: true });
    expect((await deliveriesOf(sub.id)).filter((d) => d.status === "PENDING").map((d) => d.eventId).sort()).toEqual([events[2].id, events[3].id].sort());
    expect(await replayDeliveries({ principal: admin, subscriberId: sub.id, sinceSequence: String(events[0].sequence) })).toEqual({ replayed: 4, created: 1, subscriberEnabled: true });
    expect(await prisma.delivery.count({ where: { subscriberId: sub.id } })).toBe(4);
    expect(await prisma.delivery.count({ where: { subscriberId: sub.id, status: "PENDING", attempts: 0 } })).toBe(4);
  });

  it("takes only events from the subscriber's sources", async () => {
    const sub = await newSubscriber({ sourceKeys: ["erp-replay"] });
    const [fromErp, fromCrm, both] = await changeEvents([{ sources: ["erp-replay"] }, { sources: ["crm"] }, { sources: ["crm", "erp-replay"] }]);
    expect(await replayDeliveries({ principal: admin, subscriberId: sub.id, sinceSequence: Number(fromErp.sequence) })).toMatchObject({ replayed: 2, created: 2 });
    expect((await deliveriesOf(sub.id)).map((d) => d.eventId).sort()).toEqual([fromErp.id, both.id].sort());
    expect((await deliveriesOf(sub.id)).some((d) => d.eventId === fromCrm.id)).toBe(false);
  });

  it("prepares a disabled subscriber's replay without waking a sender; it goes when the subscriber is enabled", async () => {
    const sub = await newSubscriber({ active: false });
    const [event] = await changeEvents([{}]);
    expect(await replayDeliveries({ principal: admin, subscriberId: sub.id, sinceSequence: Number(event.sequence) })).toEqual({ replayed: 1, created: 1, subscriberEnabled: false });
    expect(await queuedDrains(sub.id)).toHaveLength(0);
  });

  it("wants exactly one starting point, named in the refusal, and only from an admin", async () => {
    const sub = await newSubscriber();
    const refused = (args: Record<string, unknown>) => replayDeliveries({ principal: admin, subscriberId: sub.id, ...args });
    await expect(refused({})).rejects.toMatchObject({ code: "VALIDATION_FAILED", issues: [{ path: "since" }] });
    await expect(refused({ since: new Date(), sinceSequence: 5 })).rejects.toMatchObject({ issues: [{ path: "since" }] });
    await expect(refused({ since: "last tuesday" })).rejects.toMatchObject({ issues: [{ path: "since" }] });
    await expect(refused({ sinceSequence: "12abc" })).rejects.toMatchObject({ issues: [{ path: "sinceSequence" }] });
    await expect(refused({ sinceSequence: 0 })).rejects.toMatchObject({ issues: [{ path: "sinceSequence" }] });
    await expect(replayDeliveries({ principal: admin, subscriberId: "no-such-subscriber", sinceSequence: 1 })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(replayDeliveries({ principal: stewardPrincipal(), subscriberId: sub.id, sinceSequence: 1 })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await prisma.delivery.count({ where: { subscriberId: sub.id } })).toBe(0);
  });
});
