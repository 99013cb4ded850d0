import { prisma, type Prisma } from "@/src/db";
import type { FieldIssue } from "@/src/errors";
import { logger } from "@/src/operations/logger";
import { queueBatch } from "./queue-batch";
import type { IncomingRecord } from "./record-schema";
import { storableJson, storableText } from "./unsafe-characters";

/** A record that failed validation, as it arrived, with the reasons to show a steward. */
export type QuarantinedRecord = { externalId: string | null; payload: unknown; issues: FieldIssue[] };

/**
 * Keeps whatever was sent, even a bare string or null, as a JSON object the
 * database accepts (NUL and lone surrogates written out, nesting cut off), so
 * quarantining a record can never fail its batch.
 */
function asJsonObject(value: unknown): object {
  return storableJson(value !== null && typeof value === "object" ? value : { value: value ?? null }) as object;
}

/** Quarantine rows the database accepts whatever was sent, for a batch being stored or one whose records failed a later, stricter check. */
export function rejectedRows(sourceId: string, batchId: string, rejected: readonly QuarantinedRecord[]) {
  return rejected.map((r) => ({
    sourceId,
    batchId,
    externalId: r.externalId === null ? null : storableText(r.externalId),
    payload: asJsonObject(r.payload),
    reasons: storableJson(r.issues) as FieldIssue[],
  }));
}

/**
 * Stores one batch of already-validated records for matching, with its
 * quarantined records, in one transaction, so every way in (API push, CSV
 * import) takes the same path and nothing is half-written. The batch is safe in
 * Postgres before it is queued; if Redis is down the sweeper queues it later.
 */
export async function storeBatch(opts: {
  sourceId: string;
  accepted: IncomingRecord[];
  rejected: QuarantinedRecord[];
  /** commits with the batch: a connector stores its cursor here, so a page is never both stored and unmarked, nor marked and lost */
  also?: (tx: Prisma.TransactionClient, batchId: string) => Promise<unknown>;
  /** false when the caller processes the batch itself at once (a change-event listener, whose next batch builds on this one); the sweeper queues it should the caller die first */
  enqueue?: boolean;
}): Promise<{ batchId: string; createdAt: Date }> {
  const { sourceId, accepted, rejected } = opts;
  const batch = await prisma.$transaction(async (tx) => {
    const created = await tx.ingestBatch.create({
      data: {
        sourceId,
        records: accepted,
        total: accepted.length,
        rejected: rejected.length,
        status: accepted.length ? "PENDING" : "DONE",
        finishedAt: accepted.length ? null : new Date(),
      },
    });
    if (rejected.length) {
      await tx.rejectedRecord.createMany({ data: rejectedRows(sourceId, created.id, rejected) });
    }
    await opts.also?.(tx, created.id);
    return created;
  });
  if (accepted.length && opts.enqueue !== false) {
    await queueBatch(batch).catch((err: Error) =>
      logger.warn({ batchId: batch.id, err }, "batch stored; queueing deferred to the sweeper"),
    );
  }
  return { batchId: batch.id, createdAt: batch.createdAt };
}
