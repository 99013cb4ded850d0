import { enqueue } from "@/workers/contracts";

/**
 * Asks a worker to send a subscriber's due deliveries now (one drain sends
 * them all, in order). The deliveries are already committed as PENDING and
 * due, so a failure here loses nothing: the maintenance sweeper wakes any
 * subscriber whose due deliveries sit unsent.
 */
export async function wakeSubscriber(subscriberId: string): Promise<void> {
  await enqueue("webhook.drain", { subscriberId }).catch((err: Error) => console.warn(`subscriber ${subscriberId} left to the sweeper: ${err.message}`));
}
