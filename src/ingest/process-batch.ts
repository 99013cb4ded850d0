import { setTimeout as sleep } from "node:timers/promises";
import { systemPrincipal } from "@/src/auth/principal";
import { prisma } from "@/src/db";
import { loadActiveModel } from "@/src/matching/model/load-active-model";
import { AppError } from "@/src/errors";
import { chunksOf } from "./chunks-of";
import { ingestChunk } from "./ingest-chunk";
import { countChunk, unlessTakenOver } from "./batch-progress";
import { BULK_MIN_RECORDS } from "./bulk/bulk-lane";
import { bulkRunIsLive } from "./bulk/claim-bulk-run";
import { runBulk } from "./bulk/run-bulk";
import { decidePushesTogether, PUSH_MAX_RECORDS } from "./decide-pushes-together";
import { recheckStoredRecords } from "./recheck-stored-records";

/**
 * Records matched and written together. Larger chunks save round trips;
 * smaller ones hold the matching lock for less time, so a record pushed on
 * its own waits less behind a bulk load, and show progress sooner.
 */
const CHUNK_SIZE = 250;

const WAIT_POLL_MS = 250;

/**
 * A live run holds the batch or will claim it next, or this call starts one
 * that takes it with every other waiting load. Waiting, it polls until the
 * batch is finished, or its run's lease lapses (the run died) and a run of
 * its own can take it, or a run left it to be matched alone.
 */
async function processInBulk(batchId: string, opts: { onBatchDone?: () => Promise<void>; wait?: boolean }): Promise<{ status: string }> {
  for (;;) {
    if (!(await bulkRunIsLive())) await runBulk({ onBatchDone: opts.onBatchDone });
    const after = await prisma.ingestBatch.findUniqueOrThrow({ where: { id: batchId }, select: { status: true, error: true } });
    // A run that stopped at this batch left it to be matched on its own.
    if (after.status === "DONE" || after.status === "FAILED" || !opts.wait) return { status: after.status };
    if (after.error !== null) return processBatch({ batchId, onBatchDone: opts.onBatchDone });
    await sleep(WAIT_POLL_MS);
  }
}

/**
 * Matches every record of a stored batch: a large one through a bulk run
 * (src/ingest/bulk), a push together with the pushes waiting behind it
 * (decidePushesTogether), any other at once, chunk by chunk. Each chunk commits
 * with the batch's progress, so a killed worker resumes after the last
 * committed chunk (and a re-run record is a no-op thanks to its content
 * hash); a finished batch exits early.
 */
export async function processBatch(opts: {
  batchId: string;
  onBatchDone?: () => Promise<void>;
  /** a batch a live bulk run holds is waited for rather than left to it: for callers that go on only once it is applied */
  wait?: boolean;
}): Promise<{ status: string }> {
  const batch = await prisma.ingestBatch.findUnique({ where: { id: opts.batchId }, include: { source: true } });
  if (!batch) throw new AppError("NOT_FOUND", `Ingest batch ${opts.batchId} does not exist.`);
  if (batch.status === "DONE" || batch.status === "FAILED") return { status: batch.status };
  if (batch.total >= BULK_MIN_RECORDS && batch.error === null) return processInBulk(batch.id, opts);
  await prisma.ingestBatch.update({ where: { id: batch.id }, data: { status: "PROCESSING", startedAt: batch.startedAt ?? new Date() } });
  const matching = await loadActiveModel();
  if (batch.total <= PUSH_MAX_RECORDS && (await decidePushesTogether(batch, matching))) return { status: "DONE" };

  const records = await recheckStoredRecords(batch);
  if (!records) return { status: "PROCESSING" };
  let done = batch.processed;
  for (const chunk of chunksOf(records, CHUNK_SIZE)) {
    const committed = await unlessTakenOver(() =>
      ingestChunk({
        source: batch.source,
        records: chunk,
        matching,
        principal: systemPrincipal(`source:${batch.source.key}`),
        also: (tx, outcomes, written) => countChunk(tx, batch.id, done, outcomes, written),
      }),
    );
    // The other run finishes the batch; should it die, the sweeper hands the batch out again.
    if (!committed) return { status: "PROCESSING" };
    done += chunk.length;
  }
  // A bulk run that stopped here said so in `error`; matched alone after all, the batch has no error left.
  await prisma.ingestBatch.update({ where: { id: batch.id }, data: { status: "DONE", finishedAt: new Date(), records: [], error: null } });
  return { status: "DONE" };
}
