import type { Job } from "bullmq";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { closeDb, prisma } from "@/src/db";
import { pendingDelivery, retireSubscribers, subscriber } from "@/src/testing/outbox-fixtures";
import { startSubscriberEndpoint, type Answer, type SubscriberEndpoint } from "@/src/testing/subscriber-endpoint";
import { closeQueues, queue } from "@/workers/contracts";
import { webhookDrain } from "./webhook-drain";

const endpoints: SubscriberEndpoint[] = [];
const subscriberIds: string[] = [];
afterEach(async () => {
  await Promise.all(endpoints.splice(0).map((e) => e.close()));
});
afterAll(async () => {
  // No worker runs in this test: the wake-ups it scheduled would wait in Redis for the next one.
  for (const job of await queue("distribution").getDelayed()) if (subscriberIds.some((id) => job.id?.startsWith(`drain-${id}-`))) await job.remove();
  await retireSubscribers(subscriberIds);
  await closeQueues();
  await closeDb();
});

async function subscriberWithDelivery(answer: (n: number) => Answer) {
  const endpoint = await startSubscriberEndpoint(answer);
  endpoints.push(endpoint);
  // Subscribed to no real event type, so dispatchers in tests running alongside never add deliveries to it.
  const sub = await subscriber({ url: endpoint.url, eventTypes: ["test.never"] });
  subscriberIds.push(sub.id);
  const { delivery } = await pendingDelivery(sub.id);
  return { endpoint, sub, delivery };
}

const wakeUps = async (subscriberId: string) => (await queue("distribution").getDelayed()).filter((j) => j.id?.startsWith(`drain-${subscriberId}-at-`));
const job = {} as Job;

describe("webhook.drain handler", () => {
  it("sleeps until the retry time Postgres holds, with one wake-up however often it runs meanwhile", async () => {
    const { endpoint, sub, delivery } = await subscriberWithDelivery(() => ({ status: 503 }));
    await webhookDrain({ subscriberId: sub.id }, job);
    const { nextAttemptAt, attempts } = await prisma.delivery.findUniqueOrThrow({ where: { id: delivery.id } });
    expect(attempts).toBe(1);
    // A second drain asked for meanwhile (the sweeper, a resend) finds nothing due and asks for the same wake-up.
    await webhookDrain({ subscriberId: sub.id }, job);
    expect(endpoint.requests).toHaveLength(1);
    const [wake, ...more] = await wakeUps(sub.id);
    expect(more).toEqual([]);
    expect(wake.id).toBe(`drain-${sub.id}-at-${Math.ceil(nextAttemptAt.getTime() / 1000) * 1000}`);
    expect(wake.data).toEqual({ subscriberId: sub.id, wakeAt: Math.ceil(nextAttemptAt.getTime() / 1000) * 1000 });
    // Due when the delivery is, to the second (the first retry is 4 to 6 s after the first attempt).
    expect(Math.abs(wake.timestamp + wake.delay - nextAttemptAt.getTime())).toBeLessThanOrEqual(1_000);
    expect(nextAttemptAt.getTime() - Date.now()).toBeGreaterThan(2_000);
  });

  it("schedules nothing once every delivery is sent", async () => {
    const { sub } = await subscriberWithDelivery(() => ({ status: 204 }));
    expect(await webhookDrain({ subscriberId: sub.id }, job)).toMatchObject({ sent: 1, nextWakeAt: null });
    expect(await wakeUps(sub.id)).toEqual([]);
  });
});
