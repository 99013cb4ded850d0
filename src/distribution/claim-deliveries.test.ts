import { afterEach, describe, expect, it } from "vitest";
import { prisma } from "@/src/db";
import { outboxEvents, retireSubscribers, subscriber } from "@/src/testing/outbox-fixtures";
import { claimDeliveries } from "./claim-deliveries";

const subscriberIds: string[] = [];
afterEach(async () => {
  await retireSubscribers(subscriberIds.splice(0));
});

/** A dispatched event of a fresh customer with a pending delivery to the subscriber, due since `dueAt`. */
async function due(subscriberId: string, bulk: boolean, dueAt: Date) {
  const [event] = await outboxEvents(["golden.created"], { dispatched: true });
  return prisma.delivery.create({ data: { subscriberId, eventId: event.id, bulk, nextAttemptAt: dueAt, createdAt: dueAt } });
}

describe("claiming a subscriber's due deliveries", () => {
  it("sends a real-time change before an import's backlog that was due earlier", async () => {
    const s = await subscriber({ eventTypes: ["test.never"] });
    subscriberIds.push(s.id);
    const start = Date.now() - 60_000;
    const backlog = [];
    for (let i = 0; i < 40; i++) backlog.push(await due(s.id, true, new Date(start + i)));
    const pushed = await due(s.id, false, new Date(start + 1_000));

    const claimed = await claimDeliveries(s.id, new Date(), 5);

    // The pushed change, and the oldest of the backlog to fill the claim.
    expect(claimed.sort()).toEqual([pushed.id, ...backlog.slice(0, 4).map((d) => d.id)].sort());
  });
});
