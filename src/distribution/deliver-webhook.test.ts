import { Webhook } from "standardwebhooks";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { prisma } from "@/src/db";
import { findStrandedWork } from "@/src/operations/find-stranded-work";
import { pendingDelivery, retireSubscribers, subscriber } from "@/src/testing/outbox-fixtures";
import { startSubscriberEndpoint, type Answer, type SubscriberEndpoint } from "@/src/testing/subscriber-endpoint";
import { deliverWebhook, DeliveryFailedError } from "./deliver-webhook";

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
});

/** One pending delivery of a fresh event to an endpoint that answers as scripted. */
async function deliveryTo(answer: (n: number) => Answer) {
  const endpoint = await startSubscriberEndpoint(answer);
  endpoints.push(endpoint);
  const sub = await subscriber({ url: endpoint.url });
  subscriberIds.push(sub.id);
  const { event, delivery } = await pendingDelivery(sub.id);
  const row = () => prisma.delivery.findUniqueOrThrow({ where: { id: delivery.id } });
  return { endpoint, sub, event, delivery, row };
}

describe("deliverWebhook", () => {
  it("POSTs the event signed with the subscriber's secret and marks the delivery SUCCEEDED", async () => {
    const { endpoint, sub, event, delivery, row } = await deliveryTo(() => ({ status: 204 }));
    expect(await deliverWebhook({ deliveryId: delivery.id, lastAttempt: false, retryDelayMs: 1000 })).toBe("sent");

    expect(endpoint.requests).toHaveLength(1);
    const { headers, body } = endpoint.requests[0];
    expect(headers["webhook-id"]).toBe(event.id);
    const verified = new Webhook(sub.secret).verify(body, headers as Record<string, string>);
    expect(verified).toMatchObject({ type: "golden.updated", data: { version: 1 } });
    expect(await row()).toMatchObject({ status: "SUCCEEDED", attempts: 1, lastStatusCode: 204, lastError: null, deliveredAt: expect.any(Date) });
  });

  it("keeps a failed delivery PENDING with the attempt counted and the answer recorded, and throws so the queue retries", async () => {
    const { endpoint, event, delivery, row } = await deliveryTo(() => ({ status: 500, body: "database down" }));
    const now = new Date("2026-03-01T12:00:00Z");
    await expect(deliverWebhook({ deliveryId: delivery.id, lastAttempt: false, retryDelayMs: 4000, now })).rejects.toBeInstanceOf(
      DeliveryFailedError,
    );
    expect(await row()).toMatchObject({
      status: "PENDING",
      attempts: 1,
      lastStatusCode: 500,
      lastError: "HTTP 500: database down",
      nextAttemptAt: new Date(now.getTime() + 4000),
      deliveredAt: null,
    });

    await expect(deliverWebhook({ deliveryId: delivery.id, lastAttempt: false, retryDelayMs: 8000 })).rejects.toThrow(/HTTP 500/);
    expect(await row()).toMatchObject({ status: "PENDING", attempts: 2 });
    // Receivers drop repeats by webhook-id, so every retry must carry the same one.
    expect(endpoint.requests.map((r) => r.headers["webhook-id"])).toEqual([event.id, event.id]);
  });

  it("counts a subscriber that does not answer in time as a failed attempt", async () => {
    const { delivery, row } = await deliveryTo(() => "hang");
    await expect(deliverWebhook({ deliveryId: delivery.id, lastAttempt: false, retryDelayMs: 1000 })).rejects.toBeInstanceOf(
      DeliveryFailedError,
    );
    expect(await row()).toMatchObject({ status: "PENDING", attempts: 1, lastStatusCode: null, lastError: expect.stringMatching(/timeout|abort/i) });
  });

  it("marks the delivery FAILED after the last attempt, keeps the reason, and sends it no more", async () => {
    const { endpoint, delivery, row } = await deliveryTo(() => ({ status: 503, body: "maintenance" }));
    await expect(deliverWebhook({ deliveryId: delivery.id, lastAttempt: false, retryDelayMs: 1000 })).rejects.toThrow();
    await expect(deliverWebhook({ deliveryId: delivery.id, lastAttempt: true, retryDelayMs: 2000 })).rejects.toThrow(/HTTP 503/);
    expect(await row()).toMatchObject({ status: "FAILED", attempts: 2, lastStatusCode: 503, lastError: "HTTP 503: maintenance", deliveredAt: null });
    expect(await prisma.delivery.count({ where: { id: delivery.id, status: "FAILED" } })).toBe(1);

    // Neither a repeated job nor the sweeper sends a failed delivery again.
    expect(await deliverWebhook({ deliveryId: delivery.id, lastAttempt: false, retryDelayMs: 1000 })).toBe("skipped");
    expect(endpoint.requests).toHaveLength(2);
    const stranded = await findStrandedWork(new Date(Date.now() + 24 * 3600_000));
    expect(stranded.deliveryIds).not.toContain(delivery.id);
  });
});
