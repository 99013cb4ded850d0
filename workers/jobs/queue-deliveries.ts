import { enqueue } from "@/workers/contracts";

/** One job per delivery, so a slow or failing subscriber retries alone instead of holding up the others. */
export async function queueDeliveries(deliveryIds: string[]): Promise<void> {
  for (const deliveryId of deliveryIds) await enqueue("webhook.deliver", { deliveryId });
}
