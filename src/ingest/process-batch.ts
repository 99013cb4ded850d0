import { prisma } from "../db";
import { loadActiveModel } from "../matching/model/load-active-model";
import { AppError } from "../errors";
import { ingestRecord, type IngestOutcome } from "./ingest-record";
import { incomingRecordSchema } from "./record-schema";

/** How often progress is written back; each write is a round trip. */
const PROGRESS_EVERY = 20;

type Counts = Record<IngestOutcome, number>;

/**
 * Matches every record of a stored batch. It resumes where a killed worker
 * stopped (records before `processed` are skipped, and re-running a record is a
 * no-op thanks to its content hash) and exits early for a finished batch.
 */
export async function processBatch(opts: { batchId: string }): Promise<{ status: string }> {
  const batch = await prisma.ingestBatch.findUnique({ where: { id: opts.batchId }, include: { source: true } });
  if (!batch) throw new AppError("NOT_FOUND", `Ingest batch ${opts.batchId} does not exist.`);
  if (batch.status === "DONE" || batch.status === "FAILED") return { status: batch.status };
  await prisma.ingestBatch.update({ where: { id: batch.id }, data: { status: "PROCESSING", startedAt: batch.startedAt ?? new Date() } });

  const records = (batch.records as unknown[]).map((r) => incomingRecordSchema.parse(r));
  const counts: Counts = {
    created: batch.created,
    linked: batch.linked,
    suspect: batch.suspects,
    updated: batch.updated,
    unchanged: batch.unchanged,
  };
  const matching = await loadActiveModel();
  const save = (processed: number) =>
    prisma.ingestBatch.update({
      where: { id: batch.id },
      data: {
        processed,
        created: counts.created,
        linked: counts.linked,
        suspects: counts.suspect,
        updated: counts.updated,
        unchanged: counts.unchanged,
      },
    });

  for (let i = batch.processed; i < records.length; i++) {
    const outcome = await ingestRecord({ source: batch.source, record: records[i], matching, actor: `source:${batch.source.key}` });
    counts[outcome] += 1;
    if ((i + 1) % PROGRESS_EVERY === 0) await save(i + 1);
  }
  await save(records.length);
  await prisma.ingestBatch.update({ where: { id: batch.id }, data: { status: "DONE", finishedAt: new Date(), records: [] } });
  return { status: "DONE" };
}
