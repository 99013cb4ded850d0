import { logger } from "@/src/operations/logger";
import { enqueue } from "@/workers/contracts";

const log = logger.child({ component: "wake-subscribers" });

/**
 * Asks a worker to send each subscriber's due deliveries now (one drain sends
 * them all, in order). The deliveries are already committed as PENDING and
 * due, so a failure here loses nothing: the maintenance sweeper wakes any
 * subscriber whose due deliveries sit unsent.
 */
export async function wakeSubscribers(subscriberIds: readonly string[]): Promise<void> {
  for (const subscriberId of subscriberIds) {
    await enqueue("webhook.drain", { subscriberId }).catch((err: Error) => log.warn({ subscriberId, err: err.message }, "subscriber left to the sweeper"));
  }
}
