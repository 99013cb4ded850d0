import { systemPrincipal } from "@/src/auth/principal";
import { prisma } from "@/src/db";
import { loadActiveModel } from "@/src/matching/model/load-active-model";
import { AppError } from "@/src/errors";
import { chunksOf } from "./chunks-of";
import { ingestChunk } from "./ingest-chunk";
import type { IngestOutcome } from "./plan-chunk";
import { recheckStoredRecords } from "./recheck-stored-records";

/**
 * Records matched and written together. Larger chunks save round trips;
 * smaller ones hold the matching lock for less time, so a record pushed on
 * its own waits less behind a bulk load, and show progress sooner.
 */
const CHUNK_SIZE = 250;

/**
 * Another run of the same batch (a job BullMQ handed out again as stalled,
 * or a second worker) committed this chunk first; this run's chunk rolls
 * back rather than count its records twice.
 */
class TakenOver extends Error {}

const column: Record<IngestOutcome, string> = {
  created: "created",
  linked: "linked",
  suspect: "suspects",
  updated: "updated",
  unchanged: "unchanged",
  stale: "stale",
};

/**
 * Matches every record of a stored batch, chunk by chunk. Each chunk commits
 * with the batch's progress, so a killed worker resumes after the last
 * committed chunk (and a re-run record is a no-op thanks to its content
 * hash); a finished batch exits early.
 */
export async function processBatch(opts: { batchId: string }): Promise<{ status: string }> {
  const batch = await prisma.ingestBatch.findUnique({ where: { id: opts.batchId }, include: { source: true } });
  if (!batch) throw new AppError("NOT_FOUND", `Ingest batch ${opts.batchId} does not exist.`);
  if (batch.status === "DONE" || batch.status === "FAILED") return { status: batch.status };
  await prisma.ingestBatch.update({ where: { id: batch.id }, data: { status: "PROCESSING", startedAt: batch.startedAt ?? new Date() } });

  const records = await recheckStoredRecords(batch);
  if (!records) return { status: "PROCESSING" };
  const matching = await loadActiveModel();
  let done = batch.processed;
  for (const chunk of chunksOf(records, CHUNK_SIZE)) {
    const taken = await ingestChunk({
      source: batch.source,
      records: chunk,
      matching,
      principal: systemPrincipal(`source:${batch.source.key}`),
      also: async (tx, outcomes, written) => {
        const counts = Object.fromEntries(Object.values(column).map((c) => [c, 0]));
        for (const o of outcomes) counts[column[o]] += 1;
        const saved = await tx`UPDATE "IngestBatch" SET processed = ${done + chunk.length},
          created = created + ${counts.created}, linked = linked + ${counts.linked}, suspects = suspects + ${counts.suspects},
          "suspectPairs" = "suspectPairs" + ${written.suspectPairs},
          updated = updated + ${counts.updated}, unchanged = unchanged + ${counts.unchanged}, stale = stale + ${counts.stale}
          WHERE id = ${batch.id} AND processed = ${done}`;
        if (saved.count === 0) throw new TakenOver();
      },
    }).then(
      () => false,
      (err: unknown) => {
        if (err instanceof TakenOver) return true;
        throw err;
      },
    );
    // The other run finishes the batch; should it die, the sweeper hands the batch out again.
    if (taken) return { status: "PROCESSING" };
    done += chunk.length;
  }
  await prisma.ingestBatch.update({ where: { id: batch.id }, data: { status: "DONE", finishedAt: new Date(), records: [] } });
  return { status: "DONE" };
}
