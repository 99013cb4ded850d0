import { setImmediate as yieldToLoop } from "node:timers/promises";
import { systemPrincipal } from "@/src/auth/principal";
import { prisma, sql } from "@/src/db";
import { BlockingIndex } from "@/src/matching/blocking/blocking-index";
import { nameKey } from "@/src/matching/blocking/blocking-keys";
import { lookupCaps, type Candidate } from "@/src/matching/blocking/find-candidates";
import { SimilarNames } from "@/src/matching/blocking/similar-names";
import { loadActiveModel, type ActiveModel } from "@/src/matching/model/load-active-model";
import { countChunk, unlessTakenOver } from "../batch-progress";
import { chunksOf } from "../chunks-of";
import { decideChunk, lookUpCandidates } from "../ingest-chunk";
import type { Source } from "../plan-chunk";
import { prepareRecord, type PreparedRecord } from "../prepare-record";
import { recheckStoredRecords } from "../recheck-stored-records";
import { enqueue } from "@/workers/contracts";
import { BulkLease } from "./bulk-lease";
import { claimBulkRun } from "./claim-bulk-run";
import { realTimeIsWaiting, SLICE_WHILE_REAL_TIME } from "./real-time-waiting";

/**
 * Records looked up, decided and committed together. Each chunk holds the
 * matching lock only while it decides in memory and writes; while real-time
 * changes wait, it is decided in thin slices instead.
 */
const CHUNK_SIZE = 500;

type LoadedChunk = { records: PreparedRecord[]; stored: Map<number, Candidate[]> };
type LoadedBatch = { id: string; source: Source; processed: number; chunks: LoadedChunk[] };

/**
 * Marks a batch a run failed at, so runs pass it by and its own job matches
 * it alone (and fails it alone, should it fail again), and queues that job
 * rather than wait for the sweeper.
 */
async function leaveToItsOwnJob(batchId: string, error: unknown): Promise<void> {
  const why = `A bulk run stopped at this batch (${(error as Error).message}); it is matched on its own.`.slice(0, 1000);
  await sql`UPDATE "IngestBatch" SET error = ${why}, "leaseUntil" = NULL WHERE id = ${batchId} AND status IN ('PENDING', 'PROCESSING')`;
  // Should Redis be away, the sweeper queues it: its lease is gone.
  await enqueue("ingest.bulk", { batchId }).catch(() => undefined);
}

/**
 * Reads, checks and prepares the run's records, and looks up each one's
 * stored candidates before anything of the run is written: every lookup sees
 * the store as it was before the run, and whatever is stored after the first
 * look (by the run itself or anyone else) is found under the lock.
 */
async function loadRun(batchIds: readonly string[], lease: BulkLease): Promise<{ batches: LoadedBatch[]; since: string }> {
  const batches: LoadedBatch[] = [];
  let since: string | null = null;
  for (const id of batchIds) {
    const batch = await prisma.ingestBatch.findUnique({ where: { id }, include: { source: true } });
    if (!batch || batch.status === "DONE" || batch.status === "FAILED") continue;
    try {
      const records = await recheckStoredRecords(batch);
      if (!records) continue;
      const chunks: LoadedChunk[] = [];
      for (const chunk of chunksOf(records, CHUNK_SIZE)) {
        const prepared = chunk.map(prepareRecord);
        const looked = await lookUpCandidates(batch.source.id, prepared);
        since ??= looked.since;
        chunks.push({ records: prepared, stored: looked.stored });
        await lease.keep();
      }
      batches.push({ id, source: batch.source, processed: batch.processed, chunks });
    } catch (error) {
      // Nothing of the run is written yet: the run goes on without this batch, which is matched alone.
      await leaveToItsOwnJob(id, error);
    }
  }
  return { batches, since: since ?? "0" };
}

/** Records `from` up to `size` of them of a loaded chunk, with their looked-up candidates numbered as the slice numbers them. */
function sliceOf(chunk: LoadedChunk, from: number, size: number): LoadedChunk {
  const records = chunk.records.slice(from, from + size);
  const stored = new Map<number, Candidate[]>();
  records.forEach((_, i) => {
    const found = chunk.stored.get(from + i);
    if (found) stored.set(i, found);
  });
  return { records, stored };
}

/** The in-memory blocking of the run, under the database lookup's caps, its name lists ordered by how rare each trigram is among the run's names. */
function runIndex(batches: readonly LoadedBatch[]): BlockingIndex<Candidate> {
  const names = batches.flatMap((b) => b.chunks.flatMap((c) => c.records.flatMap((r) => (r[nameKey] ? [r[nameKey]] : []))));
  return new BlockingIndex<Candidate>({ nameRarity: SimilarNames.rarityOf(names), identify: (c) => c.sourceRecordId, caps: lookupCaps });
}

/**
 * Decides a claimed run's batches in the order they arrived, chunk after
 * chunk, each record seeing every earlier record of the run through one
 * in-memory index (no database lookup grows with the run) and the records
 * stored by others meanwhile through the lock. Resolves to the batches it
 * finished; stops early, keeping what committed, when another run took a
 * batch over.
 */
async function decideRun(batchIds: readonly string[], matching: Pick<ActiveModel, "model" | "thresholds">, onBatchDone: () => Promise<void>): Promise<number> {
  const lease = new BulkLease(batchIds);
  const run = await loadRun(batchIds, lease);
  const earlier = runIndex(run.batches);
  let since = run.since;
  let finished = 0;
  for (const batch of run.batches) {
    const principal = systemPrincipal(`source:${batch.source.key}`);
    let done = batch.processed;
    try {
      for (const chunk of batch.chunks) {
        for (let from = 0; from < chunk.records.length; ) {
          const slice = sliceOf(chunk, from, (await realTimeIsWaiting()) ? SLICE_WHILE_REAL_TIME : chunk.records.length);
          const committed = await unlessTakenOver(() =>
            sql.begin(async (tx) => {
              const decided = await decideChunk(tx, {
                source: batch.source,
                matching,
                principal,
                records: slice.records,
                stored: slice.stored,
                since,
                earlier,
                bulk: true,
                also: (t, outcomes, written) => countChunk(t, batch.id, done, outcomes, written),
              });
              since = decided.upTo;
            }),
          );
          // The run's memory now holds records that did not commit here; the run that took over goes on.
          if (!committed) return finished;
          from += slice.records.length;
          done += slice.records.length;
          await lease.keep();
          await yieldToLoop();
        }
      }
    } catch (error) {
      await leaveToItsOwnJob(batch.id, error);
      throw error;
    }
    await prisma.ingestBatch.update({ where: { id: batch.id }, data: { status: "DONE", finishedAt: new Date(), records: [], leaseUntil: null } });
    batch.chunks = [];
    finished += 1;
    await onBatchDone();
  }
  return finished;
}

/**
 * Claims and decides bulk runs until no bulk-sized batch is left unclaimed.
 * A run that fails gives its unfinished batches back at once, so the next
 * run (a retry of the job, or another batch's job) goes on without waiting
 * for its lease to lapse. `onBatchDone` runs after each finished batch: the
 * worker publishes its events then, not at the end of a long run.
 */
export async function runBulk(opts: { onBatchDone?: () => Promise<void> } = {}): Promise<number> {
  let finished = 0;
  for (;;) {
    const batchIds = await claimBulkRun();
    if (!batchIds.length) return finished;
    const matching = await loadActiveModel();
    try {
      finished += await decideRun(batchIds, matching, opts.onBatchDone ?? (async () => {}));
    } finally {
      await sql`UPDATE "IngestBatch" SET "leaseUntil" = NULL WHERE id = ANY(${batchIds}::text[])`;
    }
  }
}
