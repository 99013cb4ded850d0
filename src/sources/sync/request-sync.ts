import { enqueue } from "@/workers/contracts";

/**
 * Queues a sync of a connector source now rather than at its next scheduled
 * time ("Sync now", a registration, a change-event overflow). A sync already
 * queued is not queued twice; one already running finishes first.
 */
export async function requestSync(sourceId: string): Promise<void> {
  await enqueue("sources.sync", { sourceId });
}
