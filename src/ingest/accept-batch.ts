import { z } from "zod";
import { authorize, can } from "@/src/auth/permissions";
import type { Principal } from "@/src/auth/principal";
import { prisma } from "@/src/db";
import { env } from "@/src/env";
import { AppError, fieldIssues, type FieldIssue } from "@/src/errors";
import { pathDeeperThan } from "./nesting-depth";
import { incomingRecordSchema, type IncomingRecord } from "./record-schema";
import { storeBatch } from "./store-batch";
import { storableText, unsafeCharacterProblem } from "./unsafe-characters";

/** A batch is nested 4 levels deep (body, records, record, attributes); anything far deeper is not a batch, and would overflow whatever recurses over it. */
const MAX_DEPTH = 32;

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
  return typeof id === "string" ? storableText(id) : null;
}

/**
 * Accepts a batch pushed by a source: valid records are stored for matching
 * and the rest are quarantined with their reasons, so a bad record never blocks
 * its batch.
 */
export async function acceptBatch(opts: { sourceKey: string; principal: Principal; body: unknown }): Promise<AcceptedBatch> {
  // A key holding NUL or half a surrogate pair names no source, and would fail the lookup itself.
  const source = unsafeCharacterProblem(opts.sourceKey) ? null : await prisma.source.findUnique({ where: { key: opts.sourceKey } });
  if (!source) throw new AppError("NOT_FOUND", `No source with key '${opts.sourceKey}'.`);
  // Asked once more without the source only to say why: a read-only token is told so, not that the source is wrong.
  const why = can(opts.principal, "records.push") ? `This token may not push records to source '${source.key}'.` : "This token may only read.";
  authorize(opts.principal, "records.push", { sourceId: source.id }, why);
  const deep = pathDeeperThan(opts.body, MAX_DEPTH);
  if (deep) {
    const where = deep.slice(0, 2).join(".");
    const message = `is nested more than ${MAX_DEPTH} levels deep; a record is {"externalId": …, "attributes": {"name": "text", …}}`;
    throw new AppError("BAD_REQUEST", `The body is not a batch: ${where} ${message}.`, [{ path: where, message }]);
  }
  const parsed = batchSchema.safeParse(opts.body);
  if (!parsed.success) throw new AppError("VALIDATION_FAILED", "The batch is malformed.", fieldIssues(parsed.error.issues));

  const accepted: IncomingRecord[] = [];
  const rejected: RejectedEntry[] = [];
  parsed.data.records.forEach((value, index) => {
    const record = incomingRecordSchema.safeParse(value);
    if (record.success) accepted.push(record.data);
    else rejected.push({ index, externalId: externalIdOf(value), issues: fieldIssues(record.error.issues) });
  });

  const { batchId } = await storeBatch({
    sourceId: source.id,
    accepted,
    rejected: rejected.map((r) => ({ externalId: r.externalId, payload: parsed.data.records[r.index], issues: r.issues })),
  });
  return { batchId, accepted: accepted.length, rejected };
}
