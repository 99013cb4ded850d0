import { enqueue } from "@/workers/contracts";

/** Asks for a drain of each subscriber that has deliveries to send now. */
export async function wakeSubscribers(subscriberIds: readonly string[]): Promise<void> {
  for (const subscriberId of subscriberIds) await enqueue("webhook.drain", { subscriberId });
}
