import { drainSubscriber } from "@/src/distribution/drain-subscriber";
import { enqueue } from "@/workers/contracts";
import type { JobHandler } from "./job-handler";

/** A subscriber whose due deliveries all wait on others in flight looks again this soon, in case those senders died. */
const LOOK_AGAIN_MS = 15_000;

/**
 * Sends one subscriber's due deliveries, then sleeps until its next retry
 * is due: a wake-up job per due time (its id names the time, so every drain
 * that ends on the same retry schedules it once). The schedule itself is in
 * Postgres; losing these jobs loses nothing, the sweeper wakes what is due.
 */
export const webhookDrain: JobHandler<"webhook.drain"> = async ({ subscriberId }) => {
  const drained = await drainSubscriber({ subscriberId });
  if (drained.nextWakeAt) {
    const wake = Math.max(drained.nextWakeAt.getTime(), Date.now() + (drained.nextWakeAt.getTime() <= Date.now() ? LOOK_AGAIN_MS : 0));
    await enqueue("webhook.drain", { subscriberId, wakeAt: Math.ceil(wake / 1000) * 1000 }, { delay: Math.max(0, wake - Date.now()) });
  }
  return drained;
};
