import { prisma } from "@/src/db";
import { AppError } from "@/src/errors";
import { processBatch } from "@/src/ingest/process-batch";
import { REPLAY_ALL_RETAINED, subscribeToChangeEvents, type ChangeBatch, type ChangeSubscription } from "@/src/sources/salesforce/change-events-subscriber";
import { connectSalesforce, type SalesforceSession } from "@/src/sources/salesforce/connect-salesforce";
import type { SalesforceMapping } from "@/src/sources/salesforce/field-mapping";
import { changeRecords } from "./change-records";
import { loadSyncSource } from "./load-sync-source";
import { processPendingBatches } from "./process-pending-batches";
import { storePulledBatch } from "./pulled-batch";
import { requestSync } from "./request-sync";

/** Every selected object's changes on one channel: one replay id to keep per source. */
export const CHANGE_CHANNEL = "/data/ChangeEvents";

/**
 * Ingests one batch of change events and stores its replay id in the same
 * transaction as the batch, then processes the batch at once: the next
 * batch's updates are applied onto the records as this one left them, and a
 * change reaches its golden record in well under a second.
 */
async function applyBatch(sourceId: string, session: SalesforceSession, mapping: SalesforceMapping, batch: ChangeBatch): Promise<void> {
  const { records, resync } = await changeRecords({ sourceId, session, mapping, changes: batch.changes });
  const stored = await storePulledBatch({
    sourceId,
    batch: { records, rejected: [] },
    enqueue: false,
    also: async (tx, counts) => {
      const source = await tx.source.findUniqueOrThrow({ where: { id: sourceId }, select: { replayIds: true } });
      const replayIds = { ...((source.replayIds ?? {}) as Record<string, number>), [batch.channel]: batch.replayId };
      await tx.source.update({ where: { id: sourceId }, data: { replayIds, lastSuccessAt: new Date() } });
      if (records.length) {
        await tx.sourceSyncRun.create({ data: { sourceId, kind: "CHANGES", status: "DONE", finishedAt: new Date(), fetched: records.length, ...counts } });
      }
    },
  });
  if (stored.batchId) await processBatch({ batchId: stored.batchId, wait: true });
  if (resync) await requestSync(sourceId);
}

/**
 * Subscribes to a Salesforce source's change events from its stored replay
 * id (every retained event when it has none), first finishing any batch a
 * previous listener stored but did not process. Resolves once Salesforce
 * acknowledged the subscription; `onError` hears of it stopping later.
 */
export async function listenToChanges(opts: { sourceId: string; onError: (err: Error) => void }): Promise<ChangeSubscription> {
  const source = await loadSyncSource(opts.sourceId);
  if (source.settings.connector !== "SALESFORCE") throw new AppError("BAD_REQUEST", `Source ${source.key} has no change events to listen to.`);
  const { config, mapping } = source.settings;
  const session = connectSalesforce(config);
  await processPendingBatches(source.id);
  const replayId = source.replayIds[CHANGE_CHANNEL] ?? REPLAY_ALL_RETAINED;
  return subscribeToChangeEvents({
    session,
    channel: CHANGE_CHANNEL,
    replayId,
    mapping,
    onBatch: (batch) => applyBatch(source.id, session, mapping, batch),
    onError: (err) => {
      void prisma.source.update({ where: { id: source.id }, data: { lastErrorAt: new Date(), lastError: `Change events stopped: ${err.message}` } }).catch(() => {});
      opts.onError(err);
    },
  });
}
