import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { systemPrincipal } from "@/src/auth/principal";
import { closeDb, prisma, sql } from "@/src/db";
import { writeGoldenRecords } from "@/src/golden/golden-writer";
import { allowEndpoint } from "@/src/testing/allow-endpoint";
import { unique } from "@/src/testing/fixtures";
import { retireSubscribers, subscriber } from "@/src/testing/outbox-fixtures";
import { startSubscriberEndpoint, type Answer, type SubscriberEndpoint } from "@/src/testing/subscriber-endpoint";
import { drainSubscriber } from "./drain-subscriber";

const hub = systemPrincipal("test");
const endpoints: SubscriberEndpoint[] = [];
const subscriberIds: string[] = [];
afterEach(async () => {
  await Promise.all(endpoints.splice(0).map((e) => e.close()));
  await retireSubscribers(subscriberIds.splice(0));
});
afterAll(closeDb);

/** A golden record with `versions` events (created, then forced rebuilds), each dispatched to the subscriber. */
async function history(subscriberId: string, versions: number, opts: { dispatchAll?: boolean } = {}): Promise<{ goldenId: string; deliveries: string[] }> {
  const goldenId = `ord-${unique()}`;
  await writeGoldenRecords(hub, (w) => w.create([{ id: goldenId, reason: "test", contributors: [] }]));
  for (let v = 2; v <= versions; v++) {
    await writeGoldenRecords(hub, async (w) => {
      await w.lockFollowingMerges([goldenId]);
      await w.rebuild(new Map([[goldenId, { reasons: [`v${v}`], force: true }]]));
    });
  }
  return { goldenId, deliveries: await dispatch(subscriberId, goldenId, opts.dispatchAll ?? true) };
}

/** Marks a record's undispatched events dispatched and gives each a delivery to the subscriber, as the dispatcher does; `all: false` leaves the first behind. */
async function dispatch(subscriberId: string, goldenId: string, all: boolean): Promise<string[]> {
  const events = await sql<{ id: string }[]>`SELECT id FROM "ChangeEvent" WHERE "goldenRecordId" = ${goldenId} AND "dispatchedAt" IS NULL ORDER BY sequence`;
  const ids: string[] = [];
  for (const [i, e] of events.entries()) {
    if (!all && i === 0) continue;
    await sql`UPDATE "ChangeEvent" SET "dispatchedAt" = now() WHERE id = ${e.id}`;
    ids.push((await prisma.delivery.create({ data: { subscriberId, eventId: e.id } })).id);
  }
  return ids;
}

/** A receiver on 127.0.0.1: scripted by request number, or by what it receives (`byBody`, a status). */
async function endpoint(answer: (n: number) => Answer = () => ({ status: 204 }), byBody?: (body: Sent) => number) {
  const e = byBody ? await bodyReceiver(byBody) : await startSubscriberEndpoint(answer);
  endpoints.push(e);
  const s = await subscriber({ url: e.url, eventTypes: ["test.never"] });
  subscriberIds.push(s.id);
  return { endpoint: e, subscriberId: s.id };
}

type Sent = { type: string; data: { goldenRecordId: string; version: number } };

/** A real receiver that answers by the event it got, for a subscriber that refuses one record but takes the rest. */
async function bodyReceiver(statusFor: (body: Sent) => number): Promise<SubscriberEndpoint> {
  const requests: SubscriberEndpoint["requests"] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      requests.push({ headers: req.headers, body });
      res.writeHead(statusFor(JSON.parse(body) as Sent)).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`;
  const disallow = await allowEndpoint(url);
  return { url, requests, close: async () => (await new Promise<void>((resolve) => server.close(() => resolve())), await disallow()) };
}

const versionsSent = (e: SubscriberEndpoint) => e.requests.map((r) => (JSON.parse(r.body) as { data: { version: number } }).data.version);
const webhookIds = (e: SubscriberEndpoint) => e.requests.map((r) => String(r.headers["webhook-id"]));
const pending = (subscriberId: string) => prisma.delivery.findMany({ where: { subscriberId, status: "PENDING" }, orderBy: { nextAttemptAt: "asc" } });
// Simulated time runs ahead of the clock, so deliveries created now are due.
const t0 = new Date(Date.now() + 60_000);
const at = (ms: number) => new Date(t0.getTime() + ms);

describe("one customer's changes reach a subscriber in the order they happened", () => {
  it("sends a later version only after the earlier one, within one drain", async () => {
    const { endpoint: e, subscriberId } = await endpoint();
    await history(subscriberId, 3);
    expect(await drainSubscriber({ subscriberId })).toMatchObject({ sent: 3 });
    expect(versionsSent(e)).toEqual([1, 2, 3]);
  });

  it("holds the later version while the earlier one is retried: v2 never arrives before v1", async () => {
    const { endpoint: e, subscriberId } = await endpoint((n) => (n < 2 ? { status: 503 } : { status: 204 }));
    const { deliveries: [v1, v2] } = await history(subscriberId, 2);
    await drainSubscriber({ subscriberId, at: t0 });
    // v2 waits for v1's retry, taking its time so it leaves the head of the queue.
    // Both wait for the same time, so they are told apart by id, not by their order.
    const waiting = await pending(subscriberId);
    const first = waiting.find((d) => d.id === v1)!;
    const second = waiting.find((d) => d.id === v2)!;
    expect(waiting).toHaveLength(2);
    expect([first.attempts, second.attempts]).toEqual([1, 0]);
    expect(second.nextAttemptAt).toEqual(first.nextAttemptAt);
    await drainSubscriber({ subscriberId, at: first.nextAttemptAt });
    await drainSubscriber({ subscriberId, at: (await pending(subscriberId))[0].nextAttemptAt });
    expect(versionsSent(e)).toEqual([1, 1, 1, 2]);
  });

  it("sends the later version right after the earlier one finally fails, in the drain that failed it", async () => {
    // A receiver that refuses one customer's first version and takes everything else, so the subscriber stays in good standing.
    let poison = "";
    const { endpoint: e, subscriberId } = await endpoint(() => ({ status: 204 }), (body) => (body.data.goldenRecordId === poison && body.data.version === 1 ? 500 : 204));
    const { goldenId, deliveries: [v1, v2] } = await history(subscriberId, 2);
    poison = goldenId;
    let at = t0;
    for (let drain = 1; drain <= 8; drain++) {
      await history(subscriberId, 1);
      await drainSubscriber({ subscriberId, at });
      at = (await prisma.delivery.findUniqueOrThrow({ where: { id: v1 } })).nextAttemptAt;
    }
    const poisoned = e.requests.map((r) => JSON.parse(r.body) as { data: { goldenRecordId: string; version: number } }).filter((b) => b.data.goldenRecordId === goldenId);
    expect(poisoned.map((b) => b.data.version)).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 2]);
    expect(await prisma.delivery.findUniqueOrThrow({ where: { id: v1 } })).toMatchObject({ status: "FAILED", attempts: 8, lastStatusCode: 500 });
    expect(await prisma.delivery.findUniqueOrThrow({ where: { id: v2 } })).toMatchObject({ status: "SUCCEEDED", attempts: 1 });
    expect(await prisma.subscriber.findUniqueOrThrow({ where: { id: subscriberId } })).toMatchObject({ active: true, failingSince: null });
  });

  it("leaves the later version waiting when the subscriber failed everything for a day: the last failure disables it", async () => {
    const { endpoint: e, subscriberId } = await endpoint(() => ({ status: 500 }));
    const { deliveries: [v1, v2] } = await history(subscriberId, 2);
    let at = t0;
    for (let drain = 1; drain <= 8; drain++) {
      await drainSubscriber({ subscriberId, at });
      at = (await prisma.delivery.findUniqueOrThrow({ where: { id: v1 } })).nextAttemptAt;
    }
    expect(versionsSent(e)).toEqual([1, 1, 1, 1, 1, 1, 1, 1]);
    expect(await prisma.delivery.findUniqueOrThrow({ where: { id: v1 } })).toMatchObject({ status: "FAILED", attempts: 8 });
    expect(await prisma.delivery.findUniqueOrThrow({ where: { id: v2 } })).toMatchObject({ status: "PENDING", attempts: 0 });
    expect(await prisma.subscriber.findUniqueOrThrow({ where: { id: subscriberId } })).toMatchObject({ active: false, disabledReason: expect.stringContaining("every delivery failed since") });
  });

  it("delivers every event once per webhook-id, in order, to a receiver that was down for ten minutes", async () => {
    let down = true;
    const { endpoint: e, subscriberId } = await endpoint(() => (down ? { status: 503 } : { status: 204 }));
    const customers = [await history(subscriberId, 3), await history(subscriberId, 2), await history(subscriberId, 1)];
    for (let minute = 0; minute <= 10; minute++) await drainSubscriber({ subscriberId, at: at(minute * 60_000) });
    const duringOutage = e.requests.length;
    down = false;
    // Up again: the next due retries (the schedule's 30-minute step at most) deliver everything.
    for (let minute = 11; minute <= 60 && (await pending(subscriberId)).length; minute++) await drainSubscriber({ subscriberId, at: at(minute * 60_000) });
    expect(await pending(subscriberId)).toHaveLength(0);
    const delivered = e.requests.slice(duringOutage);
    const ids = delivered.map((r) => String(r.headers["webhook-id"]));
    expect(new Set(ids).size).toBe(6);
    expect(ids).toHaveLength(6);
    for (const c of customers) {
      const versions = delivered.filter((r) => (JSON.parse(r.body) as { data: { goldenRecordId: string } }).data.goldenRecordId === c.goldenId).map((r) => (JSON.parse(r.body) as { data: { version: number } }).data.version);
      expect(versions).toEqual([...versions].sort((a, b) => a - b));
      expect(versions).toHaveLength(c.deliveries.length);
    }
    // Every attempt during the outage carried one of the six ids: retries are the same messages.
    expect(new Set(webhookIds(e))).toEqual(new Set(ids));
  });

  it("never makes another customer wait", async () => {
    const { endpoint: e, subscriberId } = await endpoint();
    // The first change of this customer is never dispatched: its second waits for it.
    const stuck = await history(subscriberId, 2, { dispatchAll: false });
    const other = await history(subscriberId, 1);
    await drainSubscriber({ subscriberId });
    expect(e.requests.map((r) => (JSON.parse(r.body) as { data: { goldenRecordId: string } }).data.goldenRecordId)).toEqual([other.goldenId]);
    expect(stuck.deliveries).toHaveLength(1);
  });

  it("sends a merge only after the merged-away record's earlier events", async () => {
    const { endpoint: e, subscriberId } = await endpoint();
    const survivor = await history(subscriberId, 1);
    await drainSubscriber({ subscriberId });
    const merged = await history(subscriberId, 2, { dispatchAll: false });
    await writeGoldenRecords(hub, (w) => w.merge({ aId: survivor.goldenId, bId: merged.goldenId, reason: "test" }));
    await dispatch(subscriberId, survivor.goldenId, true);
    // The merged-away record's first event is not dispatched yet: the merge waits for it.
    await drainSubscriber({ subscriberId });
    expect(e.requests.map((r) => (JSON.parse(r.body) as { type: string }).type)).toEqual(["golden.created"]);
    await dispatch(subscriberId, merged.goldenId, true);
    await drainSubscriber({ subscriberId });
    expect(e.requests.map((r) => (JSON.parse(r.body) as { type: string }).type)).toEqual(["golden.created", "golden.created", "golden.updated", "golden.merged"]);
  });
});
