import { afterAll, afterEach, describe, expect, it } from "vitest";
import { closeDb, prisma } from "@/src/db";
import { drainSubscriber } from "@/src/distribution/drain-subscriber";
import { retireSubscribers, subscriber } from "@/src/testing/outbox-fixtures";
import { startSubscriberEndpoint, type SubscriberEndpoint } from "@/src/testing/subscriber-endpoint";
import { adminPrincipal, changeEvents, delivery, dropDrains, queuedDrains, stewardPrincipal } from "@/src/testing/subscriber-fixtures";
import { closeQueues } from "@/workers/contracts";
import { listDeliveries } from "./list-deliveries";
import { listDeliveryAttempts } from "./list-delivery-attempts";
import { getSubscriber, listSubscribers } from "./list-subscribers";
import { resendDelivery } from "./resend-delivery";
import { setSubscriberEnabled } from "./set-subscriber-enabled";

const admin = adminPrincipal();
const subscriberIds: string[] = [];
const endpoints: SubscriberEndpoint[] = [];
afterEach(async () => {
  await Promise.all(endpoints.splice(0).map((e) => e.close()));
});
afterAll(async () => {
  await retireSubscribers(subscriberIds);
  await dropDrains(subscriberIds);
  await closeQueues();
  await closeDb();
});

async function newSubscriber(opts: Parameters<typeof subscriber>[0] = {}) {
  const s = await subscriber(opts);
  subscriberIds.push(s.id);
  return s;
}

/** A subscriber at a local endpoint answering 204, so a drain shows what would reach it. */
async function reachableSubscriber(active = true) {
  const endpoint = await startSubscriberEndpoint(() => ({ status: 204 }));
  endpoints.push(endpoint);
  return { endpoint, sub: await newSubscriber({ url: endpoint.url, active }) };
}

const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000);
const hoursAhead = (h: number) => new Date(Date.now() + h * 3_600_000);

describe("setSubscriberEnabled", () => {
  it("disables with who did it, keeping pending deliveries waiting; enabling clears the reason and failing streak and sends the backlog at once", async () => {
    const { endpoint, sub } = await reachableSubscriber();
    const [a, b, c] = await changeEvents([{}, {}, {}]);
    const waiting = [await delivery(sub.id, a.id, { nextAttemptAt: hoursAhead(5), attempts: 4 }), await delivery(sub.id, b.id, { nextAttemptAt: hoursAhead(2), attempts: 3 })];
    const failed = await delivery(sub.id, c.id, { status: "FAILED", attempts: 8, nextAttemptAt: minutesAgo(60) });

    expect(await setSubscriberEnabled({ principal: admin, subscriberId: sub.id, enabled: false })).toEqual({ changed: true, requeued: 0 });
    expect(await setSubscriberEnabled({ principal: admin, subscriberId: sub.id, enabled: false })).toEqual({ changed: false, requeued: 0 });
    const disabled = await prisma.subscriber.findUniqueOrThrow({ where: { id: sub.id } });
    expect(disabled).toMatchObject({ active: false, disabledReason: `disabled by ${admin.label}`, disabledAt: expect.any(Date) });
    expect(await prisma.delivery.count({ where: { subscriberId: sub.id, status: "PENDING" } })).toBe(2);
    expect((await drainSubscriber({ subscriberId: sub.id, at: hoursAhead(6) })).sent).toBe(0);
    expect(endpoint.requests).toHaveLength(0);
    expect(await queuedDrains(sub.id)).toHaveLength(0);

    await prisma.subscriber.update({ where: { id: sub.id }, data: { failingSince: minutesAgo(30) } });
    const before = new Date();
    expect(await setSubscriberEnabled({ principal: admin, subscriberId: sub.id, enabled: true })).toEqual({ changed: true, requeued: 2 });
    expect(await prisma.subscriber.findUniqueOrThrow({ where: { id: sub.id } })).toMatchObject({ active: true, disabledAt: null, disabledReason: null, failingSince: null });
    for (const d of waiting) expect((await prisma.delivery.findUniqueOrThrow({ where: { id: d.id } })).nextAttemptAt.getTime()).toBeLessThanOrEqual(Date.now());
    expect(await prisma.delivery.findUniqueOrThrow({ where: { id: failed.id } })).toMatchObject({ status: "FAILED", nextAttemptAt: failed.nextAttemptAt });
    expect(await queuedDrains(sub.id)).toHaveLength(1);
    // What the woken sender does: both waiting deliveries go now, not in hours.
    expect((await drainSubscriber({ subscriberId: sub.id, at: new Date(before.getTime() + 1_000) })).sent).toBe(2);
    expect(endpoint.requests.map((r) => r.headers["webhook-id"]).sort()).toEqual([a.id, b.id].sort());

    const audit = await prisma.auditEvent.findMany({ where: { targetId: sub.id }, orderBy: { createdAt: "asc" } });
    expect(audit.map((e) => [e.actor, e.action])).toEqual([
      [admin.label, "subscriber.disable"],
      [admin.label, "subscriber.enable"],
    ]);
    expect(audit[1].data).toMatchObject({ requeued: 2, before: { active: false, disabledReason: `disabled by ${admin.label}` }, after: { active: true, failingSince: null } });
  });

  it("enables a subscriber the hub disabled (a 410), dropping the hub's reason", async () => {
    const sub = await newSubscriber({ active: false });
    await prisma.subscriber.update({ where: { id: sub.id }, data: { disabledAt: minutesAgo(5), disabledReason: "answered 410 Gone" } });
    expect(await setSubscriberEnabled({ principal: admin, subscriberId: sub.id, enabled: true })).toEqual({ changed: true, requeued: 0 });
    expect(await prisma.subscriber.findUniqueOrThrow({ where: { id: sub.id } })).toMatchObject({ active: true, disabledReason: null, disabledAt: null });
  });

  it("is refused to a steward, names a bad flag, and answers NOT_FOUND for an unknown subscriber", async () => {
    const sub = await newSubscriber();
    await expect(setSubscriberEnabled({ principal: stewardPrincipal(), subscriberId: sub.id, enabled: false })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(setSubscriberEnabled({ principal: admin, subscriberId: sub.id, enabled: "no" })).rejects.toMatchObject({ issues: [{ path: "enabled" }] });
    await expect(setSubscriberEnabled({ principal: admin, subscriberId: "no-such-subscriber", enabled: true })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await prisma.subscriber.findUniqueOrThrow({ where: { id: sub.id } })).active).toBe(true);
  });
});

describe("listSubscribers", () => {
  it("shows each subscriber's backlog, gave-up count, last success and last failure, and why it is disabled", async () => {
    const sub = await newSubscriber();
    const quiet = await newSubscriber();
    const events = await changeEvents([{}, {}, {}, {}]);
    const [ok, failing] = [await delivery(sub.id, events[0].id, { status: "SUCCEEDED" }), await delivery(sub.id, events[1].id)];
    await delivery(sub.id, events[2].id, { status: "FAILED" });
    await delivery(sub.id, events[3].id);
    const attempt = (deliveryId: string, startedAt: Date, statusCode: number | null, error: string | null) =>
      prisma.deliveryAttempt.create({ data: { deliveryId, subscriberId: sub.id, number: 1, startedAt, statusCode, latencyMs: 12, error } });
    await attempt(ok.id, minutesAgo(20), 500, "HTTP 500: older failure");
    await attempt(ok.id, minutesAgo(10), 204, null);
    await attempt(failing.id, minutesAgo(5), 503, "HTTP 503: busy");
    await setSubscriberEnabled({ principal: admin, subscriberId: sub.id, enabled: false });

    const rows = await listSubscribers({ principal: admin });
    const row = rows.find((r) => r.id === sub.id)!;
    expect(row).toMatchObject({
      active: false,
      disabledReason: `disabled by ${admin.label}`,
      pendingDeliveries: 2,
      failedDeliveries: 1,
      lastSuccessAt: expect.any(Date),
      lastFailure: { statusCode: 503, error: "HTTP 503: busy", at: expect.any(Date) },
    });
    expect(Math.abs(row.lastSuccessAt!.getTime() - minutesAgo(10).getTime())).toBeLessThan(5_000);
    expect(Math.abs(row.lastFailure!.at.getTime() - minutesAgo(5).getTime())).toBeLessThan(5_000);
    expect(rows.find((r) => r.id === quiet.id)).toMatchObject({ active: true, pendingDeliveries: 0, failedDeliveries: 0, lastSuccessAt: null, lastFailure: null });
    for (const r of rows) expect(Object.keys(r)).not.toEqual(expect.arrayContaining(["secret"]));
    expect(await getSubscriber({ principal: admin, subscriberId: sub.id })).toEqual(row);
    expect(await getSubscriber({ principal: admin, subscriberId: quiet.id })).toMatchObject({ id: quiet.id, pendingDeliveries: 0 });
    await expect(getSubscriber({ principal: admin, subscriberId: "no-such-subscriber" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getSubscriber({ principal: stewardPrincipal(), subscriberId: sub.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("listDeliveries", () => {
  it("pages one subscriber's deliveries newest first with each event's type, record, version and sequence; new rows never shift later pages", async () => {
    const sub = await newSubscriber();
    const events = await changeEvents([{ type: "golden.created" }, {}, { type: "golden.merged" }, {}, {}]);
    const created = [minutesAgo(5), minutesAgo(4), minutesAgo(1), minutesAgo(1), minutesAgo(1)];
    const rows = [];
    for (const [i, e] of events.entries()) rows.push(await delivery(sub.id, e.id, { createdAt: created[i], status: i === 1 ? "FAILED" : "PENDING", attempts: i, lastError: i === 1 ? "HTTP 500" : undefined }));
    const ids = (page: { rows: { id: string }[] }) => page.rows.map((r) => r.id);

    const first = await listDeliveries({ principal: admin, subscriberId: sub.id, first: 2 });
    // Same creation time: the later event first.
    expect(ids(first)).toEqual([rows[4].id, rows[3].id]);
    expect(first.hasNextPage).toBe(true);
    await delivery(sub.id, (await changeEvents([{}]))[0].id);
    const second = await listDeliveries({ principal: admin, subscriberId: sub.id, first: 2, after: first.endCursor });
    expect(ids(second)).toEqual([rows[2].id, rows[1].id]);
    const third = await listDeliveries({ principal: admin, subscriberId: sub.id, first: 2, after: second.endCursor });
    expect(ids(third)).toEqual([rows[0].id]);
    expect(third.hasNextPage).toBe(false);

    expect(second.rows[0]).toMatchObject({ eventId: events[2].id, eventType: "golden.merged", goldenRecordId: events[2].goldenRecordId, version: 3, sequence: Number(events[2].sequence), status: "PENDING", attempts: 2 });
    const failed = await listDeliveries({ principal: admin, subscriberId: sub.id, status: "FAILED" });
    expect(failed.rows).toMatchObject([{ id: rows[1].id, lastError: "HTTP 500", attempts: 1 }]);
  });

  it("names a bad cursor, page size or status, and is refused to a steward", async () => {
    const sub = await newSubscriber();
    await expect(listDeliveries({ principal: admin, subscriberId: sub.id, after: "yesterday" })).rejects.toMatchObject({ issues: [{ path: "after" }] });
    await expect(listDeliveries({ principal: admin, subscriberId: sub.id, first: 5_000 })).rejects.toMatchObject({ issues: [{ path: "first" }] });
    await expect(listDeliveries({ principal: admin, subscriberId: sub.id, status: "LOST" })).rejects.toMatchObject({ issues: [{ path: "status" }] });
    await expect(listDeliveries({ principal: stewardPrincipal(), subscriberId: sub.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("listDeliveryAttempts", () => {
  it("lists one delivery's attempts in the order they were made, with what the subscriber answered", async () => {
    const sub = await newSubscriber();
    const [event] = await changeEvents([{}]);
    const d = await delivery(sub.id, event.id);
    for (const n of [2, 1, 3]) {
      await prisma.deliveryAttempt.create({
        data: { deliveryId: d.id, subscriberId: sub.id, number: n, startedAt: minutesAgo(10 - n), statusCode: n === 3 ? 200 : 502, latencyMs: 40 * n, responseExcerpt: `answer ${n}`, error: n === 3 ? null : "HTTP 502" },
      });
    }
    const attempts = await listDeliveryAttempts({ principal: admin, subscriberId: sub.id, deliveryId: d.id });
    expect(attempts.map((a) => [a.number, a.statusCode, a.responseExcerpt, a.error])).toEqual([
      [1, 502, "answer 1", "HTTP 502"],
      [2, 502, "answer 2", "HTTP 502"],
      [3, 200, "answer 3", null],
    ]);
    await expect(listDeliveryAttempts({ principal: admin, subscriberId: sub.id, deliveryId: "no-such-delivery" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(listDeliveryAttempts({ principal: stewardPrincipal(), subscriberId: sub.id, deliveryId: d.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("does not show one subscriber's attempt log on another subscriber's page", async () => {
    const [mine, other] = [await newSubscriber(), await newSubscriber()];
    const [event] = await changeEvents([{}]);
    const d = await delivery(mine.id, event.id);
    await expect(listDeliveryAttempts({ principal: admin, subscriberId: other.id, deliveryId: d.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("resendDelivery", () => {
  it("puts a failed delivery back to pending with a fresh schedule, wakes a sender, and the receiver gets the same webhook-id", async () => {
    const { endpoint, sub } = await reachableSubscriber();
    const [event] = await changeEvents([{}]);
    const d = await delivery(sub.id, event.id, { status: "FAILED", attempts: 8, nextAttemptAt: minutesAgo(60), lastError: "HTTP 500" });
    expect(await resendDelivery({ principal: admin, deliveryId: d.id })).toEqual({ subscriberId: sub.id, subscriberEnabled: true });
    const row = await prisma.delivery.findUniqueOrThrow({ where: { id: d.id } });
    expect(row).toMatchObject({ status: "PENDING", attempts: 0 });
    expect(row.nextAttemptAt.getTime()).toBeLessThanOrEqual(Date.now());
    expect(row.nextAttemptAt.getTime()).toBeGreaterThan(Date.now() - 10_000);
    expect(await queuedDrains(sub.id)).toHaveLength(1);
    expect((await drainSubscriber({ subscriberId: sub.id })).sent).toBe(1);
    expect(endpoint.requests.map((r) => r.headers["webhook-id"])).toEqual([event.id]);

    // A delivered one can be sent again too (the receiver lost it).
    await resendDelivery({ principal: admin, deliveryId: d.id });
    expect(await prisma.delivery.findUniqueOrThrow({ where: { id: d.id } })).toMatchObject({ status: "PENDING", attempts: 0 });
    const audit = await prisma.auditEvent.findMany({ where: { targetId: d.id, action: "delivery.resend" }, orderBy: { createdAt: "asc" } });
    expect(audit.map((a) => a.data)).toMatchObject([
      { before: { status: "FAILED", attempts: 8 }, after: { status: "PENDING", attempts: 0 }, subscriberId: sub.id, eventId: event.id },
      { before: { status: "SUCCEEDED", attempts: 1 } },
    ]);
  });

  it("leaves a disabled subscriber's resend waiting for it to be enabled, and is refused to a steward", async () => {
    const sub = await newSubscriber({ active: false });
    const [event] = await changeEvents([{}]);
    const d = await delivery(sub.id, event.id, { status: "FAILED", attempts: 8 });
    expect(await resendDelivery({ principal: admin, deliveryId: d.id })).toEqual({ subscriberId: sub.id, subscriberEnabled: false });
    expect(await prisma.delivery.findUniqueOrThrow({ where: { id: d.id } })).toMatchObject({ status: "PENDING", attempts: 0 });
    expect(await queuedDrains(sub.id)).toHaveLength(0);
    await expect(resendDelivery({ principal: stewardPrincipal(), deliveryId: d.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(resendDelivery({ principal: admin, deliveryId: "no-such-delivery" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
