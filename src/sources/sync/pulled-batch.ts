import { prisma, type Prisma } from "@/src/db";
import { fieldIssues } from "@/src/errors";
import { incomingRecordSchema, type IncomingRecord } from "@/src/ingest/record-schema";
import { storeBatch, type QuarantinedRecord } from "@/src/ingest/store-batch";
import type { PulledRecord } from "@/src/sources/pulled-record";

/** What a connector read in one page or one batch of change events: records to ingest and those it could not map. */
export type PulledBatch = { records: PulledRecord[]; rejected: QuarantinedRecord[] };

/**
 * Stores what a connector read as an ingest batch, exactly as an API push is
 * stored: each record checked by the push schema, a failing one quarantined
 * with its reasons and the system's own payload (so a mapping fix can re-run
 * it). `also` commits in the same transaction (the cursor, the run's counts).
 */
export async function storePulledBatch(opts: {
  sourceId: string;
  batch: PulledBatch;
  also: (tx: Prisma.TransactionClient, counts: { accepted: number; rejected: number }) => Promise<unknown>;
  enqueue?: boolean;
}): Promise<{ batchId: string | null; accepted: number; rejected: number }> {
  const accepted: IncomingRecord[] = [];
  const rejected: QuarantinedRecord[] = [...opts.batch.rejected];
  for (const record of opts.batch.records) {
    const parsed = incomingRecordSchema.safeParse({ externalId: record.externalId, updatedAt: record.updatedAt, active: record.active, attributes: record.attributes });
    if (parsed.success) accepted.push(parsed.data);
    else rejected.push({ externalId: record.externalId, payload: record.raw, issues: fieldIssues(parsed.error.issues) });
  }
  const counts = { accepted: accepted.length, rejected: rejected.length };
  if (!accepted.length && !rejected.length) {
    await prisma.$transaction((tx) => opts.also(tx, counts));
    return { batchId: null, ...counts };
  }
  const { batchId } = await storeBatch({ sourceId: opts.sourceId, accepted, rejected, enqueue: opts.enqueue, also: (tx) => opts.also(tx, counts) });
  return { batchId, ...counts };
}
