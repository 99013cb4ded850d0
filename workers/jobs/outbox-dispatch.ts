import { dispatchEvents } from "@/src/distribution/dispatch-events";
import type { JobHandler } from "./job-handler";
import { wakeSubscribers } from "@/src/distribution/wake-subscribers";

/**
 * Drains the outbox: dispatches events batch after batch until none is left,
 * so one request after a large ingest publishes everything it committed,
 * waking each subscriber's sender as its deliveries appear.
 */
export const outboxDispatch: JobHandler<"outbox.dispatch"> = async () => {
  let total = 0;
  for (;;) {
    const { events, subscriberIds } = await dispatchEvents();
    await wakeSubscribers(subscriberIds);
    total += events;
    if (events === 0) return { events: total };
  }
};
