import { Webhook } from "standardwebhooks";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { closeDb, prisma } from "@/src/db";
import { forgetAllowlist } from "@/src/distribution/url-guard/allowlist";
import { findStrandedWork } from "@/src/operations/find-stranded-work";
import { pendingDelivery, retireSubscribers, subscriber } from "@/src/testing/outbox-fixtures";
import { startSubscriberEndpoint, type Answer, type SubscriberEndpoint } from "@/src/testing/subscriber-endpoint";
import { drainSubscriber } from "./drain-subscriber";
import { MAX_ATTEMPTS, RETRY_DELAYS_MS } from "./retry-schedule";

// A subscriber that never answers must cost this test a moment, not the 10 s default.
const savedTimeout = vi.hoisted(() => {
  const saved = process.env.WEBHOOK_TIMEOUT_MS;
  process.env.WEBHOOK_TIMEOUT_MS = "300";
  return saved;
});

const subscriberIds: string[] = [];
const endpoints: SubscriberEndpoint[] = [];
afterEach(async () => {
  await Promise.all(endpoints.splice(0).map((e) => e.close()));
});
afterAll(async () => {
  await retireSubscribers(subscriberIds);
  if (savedTimeout === undefined) delete process.env.WEBHOOK_TIMEOUT_MS;
  else process.env.WEBHOOK_TIMEOUT_MS = savedTimeout;
  await closeDb();
});

/** One pending delivery of a fresh event to an endpoint that answers as scripted. */
async function deliveryTo(answer: (n: number) => Answer, opts: Parameters<typeof subscriber>[0] = {}) {
  const endpoint = await startSubscriberEndpoint(answer);
  endpoints.push(endpoint);
  // Subscribed to no real event type, so dispatchers in tests running alongside never give it their events: only this test's delivery reaches it.
  const sub = await subscriber({ eventTypes: ["test.never"], ...opts, url: endpoint.url });
  subscriberIds.push(sub.id);
  const { event, delivery } = await pendingDelivery(sub.id);
  const row = () => prisma.delivery.findUniqueOrThrow({ where: { id: delivery.id } });
  const standing = () => prisma.subscriber.findUniqueOrThrow({ where: { id: sub.id } });
  return { endpoint, sub, event, delivery, row, standing };
}

// Simulated time runs ahead of the clock, so deliveries created now are due.
const t0 = new Date("2030-03-01T12:00:00Z");
const later = (ms: number) => new Date(t0.getTime() + ms);

describe("sending a subscriber's deliveries", () => {
  it("POSTs the event signed with the subscriber's secret, logs the attempt and marks the delivery SUCCEEDED", async () => {
    const { endpoint, sub, event, delivery, row } = await deliveryTo(() => ({ status: 204 }));
    expect(await drainSubscriber({ subscriberId: sub.id })).toMatchObject({ sent: 1, nextWakeAt: null });
    const { headers, body } = endpoint.requests[0];
    expect(headers["webhook-id"]).toBe(event.id);
    const verified = new Webhook(sub.secret).verify(body, headers as Record<string, string>);
    expect(verified).toMatchObject({ type: "golden.updated", data: { version: 1, sequence: expect.any(Number) } });
    expect(await row()).toMatchObject({ status: "SUCCEEDED", attempts: 1, lastStatusCode: 204, lastError: null, deliveredAt: expect.any(Date) });
    expect(await prisma.deliveryAttempt.findMany({ where: { deliveryId: delivery.id } })).toMatchObject([{ number: 1, statusCode: 204, error: null }]);
  });

  it("retries on the schedule with the same webhook-id, keeps each answer in the log, and fails the delivery after the last attempt", async () => {
    const { endpoint, event, sub, delivery, row } = await deliveryTo(() => ({ status: 500, body: "database down" }));
    await drainSubscriber({ subscriberId: sub.id, at: t0 });
    const first = await row();
    expect(first).toMatchObject({ status: "PENDING", attempts: 1, lastStatusCode: 500, lastError: "HTTP 500: database down" });
    // The second attempt comes 5 s later, give or take a fifth, so deliveries failed together come back spread out.
    const wait = first.nextAttemptAt.getTime() - t0.getTime();
    expect(wait).toBeGreaterThanOrEqual(RETRY_DELAYS_MS[0] * 0.8);
    expect(wait).toBeLessThanOrEqual(RETRY_DELAYS_MS[0] * 1.2);
    // Not due yet: nothing is sent.
    await drainSubscriber({ subscriberId: sub.id, at: later(1_000) });
    expect(endpoint.requests).toHaveLength(1);

    for (let n = 2; n <= MAX_ATTEMPTS; n++) await drainSubscriber({ subscriberId: sub.id, at: (await row()).nextAttemptAt });
    expect(await row()).toMatchObject({ status: "FAILED", attempts: MAX_ATTEMPTS, lastError: "HTTP 500: database down" });
    // 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h apart: the last attempt about a day after the first.
    const log = await prisma.deliveryAttempt.findMany({ where: { deliveryId: delivery.id }, orderBy: { number: "asc" } });
    expect(log.map((a) => a.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    const hours = (log.at(-1)!.startedAt.getTime() - log[0].startedAt.getTime()) / 3_600_000;
    expect(hours).toBeGreaterThan(27.6 * 0.8);
    expect(hours).toBeLessThan(27.6 * 1.2);
    expect(new Set(endpoint.requests.map((r) => r.headers["webhook-id"]))).toEqual(new Set([event.id]));
    // Neither another drain nor the sweeper sends a failed delivery again.
    await drainSubscriber({ subscriberId: sub.id, at: later(30 * 24 * 3_600_000) });
    expect(endpoint.requests).toHaveLength(MAX_ATTEMPTS);
  });

  it("waits as long as a 429's Retry-After asks", async () => {
    const { sub, row } = await deliveryTo(() => ({ status: 429, body: "slow down", headers: { "retry-after": "900" } }));
    await drainSubscriber({ subscriberId: sub.id, at: t0 });
    expect((await row()).nextAttemptAt.getTime()).toBeGreaterThanOrEqual(later(900_000).getTime());
  });

  it("counts a subscriber that does not answer in time as a failed attempt", async () => {
    const { sub, row } = await deliveryTo(() => "hang");
    await drainSubscriber({ subscriberId: sub.id });
    expect(await row()).toMatchObject({ status: "PENDING", attempts: 1, lastStatusCode: null, lastError: "no answer within 300 ms" });
  });

  it("disables a subscriber that answers 410 Gone, keeping its delivery for when it is enabled again", async () => {
    const { sub, row, standing } = await deliveryTo(() => ({ status: 410 }));
    await drainSubscriber({ subscriberId: sub.id, at: t0 });
    expect(await standing()).toMatchObject({ active: false, disabledReason: expect.stringContaining("410 Gone") });
    expect(await row()).toMatchObject({ status: "PENDING", lastStatusCode: 410 });
    const stranded = await findStrandedWork(later(3_600_000));
    expect(stranded.subscriberIds).not.toContain(sub.id);
  });

  it("sends a 410'd subscriber's waiting delivery once it is enabled again", async () => {
    const { endpoint, sub, event, row } = await deliveryTo((n) => (n === 0 ? { status: 410 } : { status: 204 }));
    await drainSubscriber({ subscriberId: sub.id, at: t0 });
    // Disabled: a drain that comes anyway sends nothing.
    await drainSubscriber({ subscriberId: sub.id, at: later(60_000) });
    expect(endpoint.requests).toHaveLength(1);
    await prisma.subscriber.update({ where: { id: sub.id }, data: { active: true, disabledAt: null, disabledReason: null } });
    expect(await drainSubscriber({ subscriberId: sub.id, at: later(120_000) })).toMatchObject({ sent: 1 });
    expect(endpoint.requests.map((r) => r.headers["webhook-id"])).toEqual([event.id, event.id]);
    expect(await row()).toMatchObject({ status: "SUCCEEDED", attempts: 2, lastStatusCode: 204 });
  });

  it("disables a subscriber whose address the URL guard refuses, with the guard's reason, sending nothing", async () => {
    const { endpoint, sub, row, standing } = await deliveryTo(() => ({ status: 204 }));
    // An admin takes the receiver off the allowlist: its loopback address is refused again.
    await prisma.webhookAllowlistEntry.deleteMany({ where: { pattern: new URL(endpoint.url).host } });
    forgetAllowlist();
    await drainSubscriber({ subscriberId: sub.id, at: t0 });
    expect(endpoint.requests).toHaveLength(0);
    const disabled = await standing();
    expect(disabled).toMatchObject({ active: false, disabledAt: t0 });
    expect(disabled.disabledReason).toMatch(/^refused: .*127\.0\.0\.1/);
    expect(await row()).toMatchObject({ status: "PENDING", lastStatusCode: null });
  });

  it("logs each attempt's status, latency and the first 1,000 characters of the answer, and network errors without a status", async () => {
    const page = `<html>${"x".repeat(3_000)}</html>`;
    const { endpoint, sub, delivery, row } = await deliveryTo((n) => (n === 0 ? { status: 500, body: page } : "hang"));
    await drainSubscriber({ subscriberId: sub.id, at: t0 });
    await drainSubscriber({ subscriberId: sub.id, at: (await row()).nextAttemptAt });
    expect(endpoint.requests).toHaveLength(2);
    const log = await prisma.deliveryAttempt.findMany({ where: { deliveryId: delivery.id }, orderBy: { number: "asc" } });
    expect(log).toMatchObject([
      { number: 1, subscriberId: sub.id, startedAt: t0, statusCode: 500, responseExcerpt: page.slice(0, 1_000) },
      { number: 2, subscriberId: sub.id, statusCode: null, responseExcerpt: null, error: "no answer within 300 ms" },
    ]);
    expect(log[0].error).toMatch(/^HTTP 500: <html>x+$/);
    expect(log[0].latencyMs).toBeGreaterThanOrEqual(0);
    expect((await row()).lastError).toBe("no answer within 300 ms");
  });

  it("disables a subscriber after a day in which every delivery failed, and a success ends a failing streak", async () => {
    const { sub, row, standing } = await deliveryTo((n) => (n === 2 ? { status: 204 } : { status: 502 }));
    await drainSubscriber({ subscriberId: sub.id, at: t0 });
    expect(await standing()).toMatchObject({ active: true, failingSince: t0 });
    await drainSubscriber({ subscriberId: sub.id, at: (await row()).nextAttemptAt });
    await drainSubscriber({ subscriberId: sub.id, at: (await row()).nextAttemptAt });
    expect(await standing()).toMatchObject({ active: true, failingSince: null });

    const { sub: down, row: downRow, standing: downStanding } = await deliveryTo(() => ({ status: 502 }));
    await drainSubscriber({ subscriberId: down.id, at: t0 });
    while ((await downStanding()).active && (await downRow()).status === "PENDING") await drainSubscriber({ subscriberId: down.id, at: (await downRow()).nextAttemptAt });
    const disabled = await downStanding();
    expect(disabled).toMatchObject({ active: false, disabledReason: expect.stringContaining("every delivery failed since 2030-03-01 12:00") });
    expect(disabled.disabledAt!.getTime() - t0.getTime()).toBeGreaterThanOrEqual(24 * 3_600_000);
  });

  it("sends an endpoint's backlog as soon as it answers again, not when each delivery's backoff ends, except what it asked to hold back", async () => {
    let up = false;
    const { sub, row, delivery } = await deliveryTo(() => (up ? { status: 204 } : { status: 503 }));
    // One delivery the endpoint told to wait (503 with Retry-After), two that met an outage (502, then no answer at all).
    await drainSubscriber({ subscriberId: sub.id, at: t0 });
    await prisma.delivery.update({ where: { id: delivery.id }, data: { nextAttemptAt: later(3_600_000), lastStatusCode: 503 } });
    const outage = await Promise.all([pendingDelivery(sub.id), pendingDelivery(sub.id)]);
    await prisma.delivery.updateMany({ where: { id: { in: outage.map((o) => o.delivery.id) } }, data: { attempts: 3, lastStatusCode: 502, nextAttemptAt: later(30 * 60_000) } });
    await prisma.delivery.update({ where: { id: outage[1].delivery.id }, data: { lastStatusCode: null } });
    await prisma.subscriber.update({ where: { id: sub.id }, data: { failingSince: t0 } });

    up = true;
    const fresh = await pendingDelivery(sub.id);
    const drained = await drainSubscriber({ subscriberId: sub.id, at: later(60_000) });
    expect(drained.sent).toBe(3);
    for (const { delivery: d } of [...outage, fresh]) expect((await prisma.delivery.findUniqueOrThrow({ where: { id: d.id } })).status).toBe("SUCCEEDED");
    expect(await row()).toMatchObject({ status: "PENDING", nextAttemptAt: later(3_600_000) });
    expect(drained.nextWakeAt).toEqual(later(3_600_000));
  });

  it("signs with both secrets while a rotation's overlap lasts, and with the new one alone after it", async () => {
    const { endpoint, sub, event } = await deliveryTo(() => ({ status: 204 }));
    const old = sub.secret;
    const rotated = await subscriber({ url: endpoint.url, eventTypes: ["test.never"] });
    subscriberIds.push(rotated.id);
    await prisma.subscriber.update({ where: { id: sub.id }, data: { secret: rotated.secret, previousSecret: old, previousSecretExpiresAt: new Date(Date.now() + 3_600_000) } });
    await drainSubscriber({ subscriberId: sub.id });
    const during = endpoint.requests[0];
    for (const key of [old, rotated.secret]) expect(new Webhook(key).verify(during.body, during.headers as Record<string, string>)).toBeTruthy();

    await prisma.subscriber.update({ where: { id: sub.id }, data: { previousSecretExpiresAt: new Date(Date.now() - 1_000) } });
    await pendingDelivery(sub.id);
    await drainSubscriber({ subscriberId: sub.id });
    const after = endpoint.requests.find((r) => r.headers["webhook-id"] !== event.id)!;
    expect(() => new Webhook(old).verify(after.body, after.headers as Record<string, string>)).toThrow();
    expect(new Webhook(rotated.secret).verify(after.body, after.headers as Record<string, string>)).toBeTruthy();
  });

  it("sends a thin payload, the changed attributes and their new values, to a subscriber that asked for it", async () => {
    const { endpoint, sub } = await deliveryTo(() => ({ status: 204 }));
    await prisma.subscriber.update({ where: { id: sub.id }, data: { payloadStyle: "THIN" } });
    const { event } = await pendingDelivery(sub.id);
    await prisma.changeEvent.update({
      where: { id: event.id },
      data: { payload: { goldenRecordId: "g1", version: 3, status: "ACTIVE", attributes: { email: "a@b.example", city: "Gent" }, changedAttributes: ["email", "phone"] } },
    });
    await drainSubscriber({ subscriberId: sub.id });
    const thin = endpoint.requests.map((r) => JSON.parse(r.body) as { data: Record<string, unknown> }).find((b) => b.data.goldenRecordId === "g1")!;
    expect(thin.data).toEqual({ goldenRecordId: "g1", version: 3, sequence: expect.any(Number), status: "ACTIVE", changedAttributes: ["email", "phone"], changes: { email: "a@b.example", phone: null } });
  });

  it("names the survivor and the merged records in a thin merge, and sends the whole stored event with its sequence when FULL", async () => {
    const { endpoint, sub } = await deliveryTo(() => ({ status: 204 }));
    const { event: full } = await pendingDelivery(sub.id, "golden.merged");
    const stored = { goldenRecordId: "g2", version: 4, status: "ACTIVE", attributes: { email: "m@b.example" }, changedAttributes: ["email"], survivorId: "g2", mergedIds: ["g3"], reason: "same customer" };
    await prisma.changeEvent.update({ where: { id: full.id }, data: { payload: stored } });
    await drainSubscriber({ subscriberId: sub.id });
    const sequenceOf = async (id: string) => Number((await prisma.changeEvent.findUniqueOrThrow({ where: { id } })).sequence);
    const bodies = () => endpoint.requests.map((r) => JSON.parse(r.body) as { type: string; timestamp: string; data: Record<string, unknown> });
    expect(bodies().find((b) => b.data.goldenRecordId === "g2")).toEqual({ type: "golden.merged", timestamp: expect.any(String), data: { ...stored, sequence: await sequenceOf(full.id) } });

    await prisma.subscriber.update({ where: { id: sub.id }, data: { payloadStyle: "THIN" } });
    const { event: thinEvent } = await pendingDelivery(sub.id, "golden.merged");
    await prisma.changeEvent.update({ where: { id: thinEvent.id }, data: { payload: { ...stored, goldenRecordId: "g4", survivorId: "g4" } } });
    await drainSubscriber({ subscriberId: sub.id });
    expect(bodies().find((b) => b.data.goldenRecordId === "g4")!.data).toEqual({
      goldenRecordId: "g4", version: 4, sequence: await sequenceOf(thinEvent.id), status: "ACTIVE",
      changedAttributes: ["email"], changes: { email: "m@b.example" }, survivorId: "g4", mergedIds: ["g3"],
    });
  });
});
