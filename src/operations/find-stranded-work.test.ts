import { afterAll, describe, expect, it } from "vitest";
import { closeDb } from "@/src/db";
import { pendingDelivery, retireSubscribers, subscriber } from "@/src/testing/outbox-fixtures";
import { findStrandedWork } from "./find-stranded-work";

afterAll(closeDb);

describe("the sweeper's list of stranded work", () => {
  it("re-queues deliveries to live subscribers and leaves a disabled subscriber's waiting", async () => {
    const [live, disabled] = [await subscriber(), await subscriber()];
    const toLive = await pendingDelivery(live.id);
    const toDisabled = await pendingDelivery(disabled.id);
    await retireSubscribers([disabled.id]);
    const { deliveryIds } = await findStrandedWork(new Date(Date.now() + 60_000));
    expect(deliveryIds).toContain(toLive.delivery.id);
    expect(deliveryIds).not.toContain(toDisabled.delivery.id);
    await retireSubscribers([live.id]);
  });
});
