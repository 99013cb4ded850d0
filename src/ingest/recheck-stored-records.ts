import { prisma } from "@/src/db";
import { fieldIssues } from "@/src/errors";
import { incomingRecordSchema, type IncomingRecord } from "./record-schema";
import { rejectedRows } from "./store-batch";

const externalIdOf = (value: unknown) => {
  const id = (value as { externalId?: unknown } | null)?.externalId;
  return typeof id === "string" ? id : null;
};

/**
 * The records of a batch still to process, checked again: a batch stored
 * before an upgrade made the checks stricter may hold records that no longer
 * pass. Those are quarantined with their reasons and taken out of the batch
 * in one transaction, so the rest proceeds instead of the batch failing
 * whole. Null when another run of the batch moved on first.
 */
export async function recheckStoredRecords(batch: { id: string; sourceId: string; processed: number; records: unknown }): Promise<IncomingRecord[] | null> {
  if (!Array.isArray(batch.records)) throw new Error(`Ingest batch ${batch.id} holds no list of records; it cannot be processed.`);
  const all: unknown[] = batch.records;
  const checked = all.slice(batch.processed).map((value) => ({ value, parsed: incomingRecordSchema.safeParse(value) }));
  const valid = checked.flatMap((c) => (c.parsed.success ? [c.parsed.data] : []));
  if (valid.length === checked.length) return valid;
  const rejected = checked.flatMap((c) => (c.parsed.success ? [] : [{ externalId: externalIdOf(c.value), payload: c.value, issues: fieldIssues(c.parsed.error.issues) }]));
  const moved = await prisma.$transaction(async (tx) => {
    const kept = await tx.ingestBatch.updateMany({
      where: { id: batch.id, processed: batch.processed },
      data: { records: [...all.slice(0, batch.processed), ...valid] as object[], total: { decrement: rejected.length }, rejected: { increment: rejected.length } },
    });
    if (kept.count === 0) return false;
    await tx.rejectedRecord.createMany({ data: rejectedRows(batch.sourceId, batch.id, rejected) });
    return true;
  });
  return moved ? valid : null;
}
