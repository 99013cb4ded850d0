import { logger } from "@/src/operations/logger";
import { enqueue } from "@/workers/contracts";

/**
 * Asks a worker to publish freshly committed events now rather than at the
 * next sweep. Failure is harmless: the events are safe in the outbox and the
 * sweeper dispatches them within seconds.
 */
export async function requestDispatch(): Promise<void> {
  await enqueue("outbox.dispatch", {}).catch((err: Error) => logger.warn({ component: "request-dispatch", err: err.message }, "dispatch deferred to the sweeper"));
}
