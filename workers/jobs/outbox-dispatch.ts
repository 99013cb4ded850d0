import { dispatchEvents } from "@/src/distribution/dispatch-events";
import type { JobHandler } from "./job-handler";
import { queueDeliveries } from "./queue-deliveries";

/**
 * Drains the outbox: dispatches events batch after batch until none is left,
 * so one request after a large ingest publishes everything it committed.
 */
export const outboxDispatch: JobHandler<"outbox.dispatch"> = async () => {
  let total = 0;
  for (;;) {
    const { events, deliveryIds } = await dispatchEvents();
    await queueDeliveries(deliveryIds);
    total += events;
    if (events === 0) return { events: total };
  }
};
