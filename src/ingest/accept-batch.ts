import { z } from "zod";
import type { Principal } from "../auth/api-tokens";
import { prisma } from "../db";
import { env } from "../env";
import { AppError, fieldIssues, type FieldIssue } from "../errors";
import { enqueue } from "../../workers/contracts";
import { incomingRecordSchema, type IncomingRecord } from "./record-schema";

const batchSchema = z.strictObject({
  records: z
    .array(z.unknown())
    .min(1, "records must hold at least one record")
    .max(env.INGEST_MAX_BATCH, `a batch holds at most ${env.INGEST_MAX_BATCH} records; split it`),
});

export type RejectedEntry = { index: number; externalId: string | null; issues: FieldIssue[] };

export type AcceptedBatch = { batchId: string; accepted: number; rejected: RejectedEntry[] };

function externalIdOf(value: unknown): string | null {
  const id = (value as { externalId?: unknown } | null)?.externalId;
  return typeof id === "string" ? id : null;
}

/** Keeps whatever was sent, even a bare string or null, as a JSON object for the quarantine. */
function asJsonObject(value: unknown): object {
  return value !== null && typeof value === "object" ? value : { value: value ?? null };
}

/**
 * Accepts a batch pushed by a source: valid records are stored for matching
 * and the rest are quarantined with their reasons, in one transaction, so a bad
 * record never blocks its batch and nothing is half-written. The batch is safe
 * in Postgres before it is queued; if Redis is down the sweeper queues it later.
 */
export async function acceptBatch(opts: { sourceKey: string; principal: Principal; body: unknown }): Promise<AcceptedBatch> {
  const source = await prisma.source.findUnique({ where: { key: opts.sourceKey } });
  if (!source) throw new AppError("NOT_FOUND", `No source with key '${opts.sourceKey}'.`);
  if (opts.principal.sourceId && opts.principal.sourceId !== source.id) {
    throw new AppError("FORBIDDEN", `This token may not push records to source '${source.key}'.`);
  }
  if (opts.principal.role === "VIEWER") throw new AppError("FORBIDDEN", "This token may only read.");
  const parsed = batchSchema.safeParse(opts.body);
  if (!parsed.success) throw new AppError("VALIDATION_FAILED", "The batch is malformed.", fieldIssues(parsed.error.issues));

  const accepted: IncomingRecord[] = [];
  const rejected: RejectedEntry[] = [];
  parsed.data.records.forEach((value, index) => {
    const record = incomingRecordSchema.safeParse(value);
    if (record.success) accepted.push(record.data);
    else rejected.push({ index, externalId: externalIdOf(value), issues: fieldIssues(record.error.issues) });
  });

  const batch = await prisma.$transaction(async (tx) => {
    const created = await tx.ingestBatch.create({
      data: {
        sourceId: source.id,
        records: accepted,
        total: accepted.length,
        rejected: rejected.length,
        status: accepted.length ? "PENDING" : "DONE",
        finishedAt: accepted.length ? null : new Date(),
      },
    });
    if (rejected.length) {
      await tx.rejectedRecord.createMany({
        data: rejected.map((r) => ({
          sourceId: source.id,
          batchId: created.id,
          externalId: r.externalId,
          payload: asJsonObject(parsed.data.records[r.index]),
          reasons: r.issues,
        })),
      });
    }
    return created;
  });
  if (accepted.length) {
    await enqueue("ingest.batch", { batchId: batch.id }).catch((err: Error) =>
      console.warn(`batch ${batch.id} stored; queueing deferred to the sweeper: ${err.message}`),
    );
  }
  return { batchId: batch.id, accepted: accepted.length, rejected };
}
