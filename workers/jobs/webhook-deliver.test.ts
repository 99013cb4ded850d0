import { Worker, type Job } from "bullmq";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/src/db";
import { env } from "@/src/env";
import { redisConnection } from "@/src/redis";
import { unique } from "@/src/testing/fixtures";
import { pendingDelivery, retireSubscribers, subscriber } from "@/src/testing/outbox-fixtures";
import { startSubscriberEndpoint, type Answer, type SubscriberEndpoint } from "@/src/testing/subscriber-endpoint";
import { enqueue, queue } from "@/workers/contracts";
import { runJob } from "@/workers/run-job";
import { webhookDeliver } from "./webhook-deliver";

const attempt = (made: number, of: number) =>
  ({ attemptsMade: made, opts: { attempts: of, backoff: { type: "exponential", delay: 1000 } } }) as unknown as Job;

/** A type no other test emits, so a dispatcher running meanwhile never sends this file's endpoints anything else. */
const eventType = `test.webhook-deliver.${unique()}`;
const subscriberIds: string[] = [];
const endpoints: SubscriberEndpoint[] = [];
afterEach(async () => {
  await Promise.all(endpoints.splice(0).map((e) => e.close()));
});
afterAll(() => retireSubscribers(subscriberIds));

async function deliveryTo(answer: (n: number) => Answer) {
  const endpoint = await startSubscriberEndpoint(answer);
  endpoints.push(endpoint);
  const sub = await subscriber({ url: endpoint.url, eventTypes: [eventType] });
  subscriberIds.push(sub.id);
  const { delivery } = await pendingDelivery(sub.id, eventType);
  return { endpoint, deliveryId: delivery.id, row: () => prisma.delivery.findUniqueOrThrow({ where: { id: delivery.id } }) };
}

describe("webhook.deliver handler", () => {
  it("leaves a failed delivery PENDING until the queue's last attempt, then marks it FAILED", async () => {
    const { deliveryId, row } = await deliveryTo(() => ({ status: 500 }));
    const before = Date.now();
    await expect(webhookDeliver({ deliveryId }, attempt(1, 3))).rejects.toThrow(/HTTP 500/);
    const retrying = await row();
    expect(retrying).toMatchObject({ status: "PENDING", attempts: 1, lastStatusCode: 500 });
    // The second try (one made) waits 2 s under exponential backoff of 1 s: the row says when the next one comes.
    expect(retrying.nextAttemptAt.getTime() - before).toBeGreaterThanOrEqual(2000);
    expect(retrying.nextAttemptAt.getTime() - Date.now()).toBeLessThanOrEqual(2000);

    await expect(webhookDeliver({ deliveryId }, attempt(2, 3))).rejects.toThrow(/HTTP 500/);
    expect(await row()).toMatchObject({ status: "FAILED", attempts: 2 });
  });
});

describe("webhook.deliver on a real queue", () => {
  let worker: Worker;
  const connection = redisConnection("worker");
  beforeAll(() => {
    worker = new Worker("distribution", runJob, { connection, prefix: env.QUEUE_PREFIX, concurrency: 2 });
  });
  afterAll(async () => {
    await worker.close();
    connection.disconnect();
  });

  const fastRetries = (attempts: number) => ({ attempts, backoff: { type: "fixed", delay: 50 } });

  it("retries a delivery the subscriber refused until it gets through", async () => {
    const { endpoint, deliveryId, row } = await deliveryTo((n) => (n === 0 ? { status: 500, body: "starting up" } : { status: 204 }));
    await enqueue("webhook.deliver", { deliveryId }, fastRetries(3));
    const sent = await poll(async () => ((await row()).status === "SUCCEEDED" ? row() : null));
    expect(sent).toMatchObject({ attempts: 2, lastStatusCode: 204, lastError: null });
    expect(endpoint.requests).toHaveLength(2);
  });

  it("gives up after the last attempt: the delivery is FAILED with its reason and the job failed", async () => {
    const { endpoint, deliveryId, row } = await deliveryTo(() => ({ status: 502, body: "bad gateway" }));
    await enqueue("webhook.deliver", { deliveryId }, fastRetries(2));
    const failed = await poll(async () => ((await row()).status === "FAILED" ? row() : null));
    expect(failed).toMatchObject({ attempts: 2, lastStatusCode: 502, lastError: "HTTP 502: bad gateway" });
    expect(endpoint.requests).toHaveLength(2);
    await poll(async () => ((await queue("distribution").getJobState(`deliver-${deliveryId}`)) === "failed" ? true : null));
  });
});

async function poll<T>(fn: () => Promise<T | null>, timeoutMs = 15_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await fn();
    if (value) return value;
    if (Date.now() > until) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 50));
  }
}
