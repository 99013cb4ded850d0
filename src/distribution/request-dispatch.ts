import { enqueue } from "@/workers/contracts";

/**
 * Asks a worker to publish freshly committed events now rather than at the
 * next sweep. Failure is harmless: the events are safe in the outbox and the
 * sweeper dispatches them within seconds.
 */
export async function requestDispatch(): Promise<void> {
  await enqueue("outbox.dispatch", {}).catch((err: Error) => console.warn(`dispatch deferred to the sweeper: ${err.message}`));
}
