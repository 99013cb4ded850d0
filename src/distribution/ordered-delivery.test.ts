import { afterAll, afterEach, describe, expect, it } from "vitest";
import { systemPrincipal } from "@/src/auth/principal";
import { closeDb, prisma, sql } from "@/src/db";
import { writeGoldenRecords } from "@/src/golden/golden-writer";
import { unique } from "@/src/testing/fixtures";
import { retireSubscribers, subscriber } from "@/src/testing/outbox-fixtures";
import { startSubscriberEndpoint, type Answer, type SubscriberEndpoint } from "@/src/testing/subscriber-endpoint";
import { nextInLine } from "./claim-delivery";
import { deliverWebhook } from "./deliver-webhook";

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

async function endpoint(answer: (n: number) => Answer = () => ({ status: 204 })) {
  const e = await startSubscriberEndpoint(answer);
  endpoints.push(e);
  const s = await subscriber({ url: e.url, eventTypes: ["test.never"] });
  subscriberIds.push(s.id);
  return { endpoint: e, subscriberId: s.id };
}

const deliver = (deliveryId: string, lastAttempt = false) => deliverWebhook({ deliveryId, lastAttempt, retryDelayMs: 1000 });
const versionsSent = (e: SubscriberEndpoint) => e.requests.map((r) => (JSON.parse(r.body) as { data: { version: number } }).data.version);

describe("one customer's changes reach a subscriber in the order they happened", () => {
  it("holds a later version until the earlier one is sent, then wakes it", async () => {
    const { endpoint: e, subscriberId } = await endpoint();
    const { deliveries: [v1, v2] } = await history(subscriberId, 2);
    expect(await deliver(v2)).toBe("waiting");
    expect(await deliver(v1)).toBe("sent");
    expect(await nextInLine(v1)).toBe(v2);
    expect(await deliver(v2)).toBe("sent");
    expect(versionsSent(e)).toEqual([1, 2]);
  });

  it("keeps waiting while the earlier one is retried, and goes once it has failed for good", async () => {
    const { endpoint: e, subscriberId } = await endpoint((n) => (n < 2 ? { status: 503 } : { status: 204 }));
    const { deliveries: [v1, v2] } = await history(subscriberId, 2);
    await expect(deliver(v1)).rejects.toThrow(/HTTP 503/);
    expect(await deliver(v2)).toBe("waiting");
    await expect(deliver(v1, true)).rejects.toThrow(/HTTP 503/);
    expect(await deliver(v2)).toBe("sent");
    expect(versionsSent(e)).toEqual([1, 1, 2]);
  });

  it("never makes another customer wait", async () => {
    const { subscriberId } = await endpoint();
    // The first change of this customer is never sent: its second waits for it.
    const stuck = await history(subscriberId, 2);
    const other = await history(subscriberId, 1);
    expect(await deliver(stuck.deliveries[1])).toBe("waiting");
    expect(await deliver(other.deliveries[0])).toBe("sent");
  });

  it("waits for an earlier event not dispatched yet", async () => {
    const { subscriberId } = await endpoint();
    const { deliveries: [v2] } = await history(subscriberId, 2, { dispatchAll: false });
    expect(await deliver(v2)).toBe("waiting");
  });

  it("sends a merge only after the merged-away record's earlier events", async () => {
    const { endpoint: e, subscriberId } = await endpoint();
    const survivor = await history(subscriberId, 1);
    const merged = await history(subscriberId, 2);
    expect(await deliver(survivor.deliveries[0])).toBe("sent");
    await writeGoldenRecords(hub, (w) => w.merge({ aId: survivor.goldenId, bId: merged.goldenId, reason: "test" }));
    const [mergeEvent] = await dispatch(subscriberId, survivor.goldenId, true).then((ids) => ids.slice(-1));
    expect(await deliver(mergeEvent)).toBe("waiting");
    expect(await deliver(merged.deliveries[0])).toBe("sent");
    expect(await deliver(merged.deliveries[1])).toBe("sent");
    expect(await deliver(mergeEvent)).toBe("sent");
    expect(e.requests.map((r) => (JSON.parse(r.body) as { type: string }).type)).toEqual(["golden.created", "golden.created", "golden.updated", "golden.merged"]);
  });
});
