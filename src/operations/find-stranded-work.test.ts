import { afterAll, describe, expect, it } from "vitest";
import { closeDb } from "@/src/db";
import { pendingDelivery, retireSubscribers, subscriber } from "@/src/testing/outbox-fixtures";
import { findStrandedWork } from "./find-stranded-work";

afterAll(closeDb);

describe("the sweeper's list of stranded work", () => {
  it("wakes live subscribers with overdue deliveries and leaves a disabled subscriber's waiting", async () => {
    const [live, disabled] = [await subscriber(), await subscriber()];
    const toLive = await pendingDelivery(live.id);
    const toDisabled = await pendingDelivery(disabled.id);
    await retireSubscribers([disabled.id]);
    const { subscriberIds } = await findStrandedWork(new Date(Date.now() + 60_000));
    expect(subscriberIds).toContain(live.id);
    expect(subscriberIds).not.toContain(disabled.id);
    expect(toLive.delivery.id && toDisabled.delivery.id).toBeTruthy();
    await retireSubscribers([live.id]);
  });
});
