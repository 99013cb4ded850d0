import { randomUUID } from "node:crypto";
import type { Tx } from "@/src/db";
import { fieldIssues, type FieldIssue } from "@/src/errors";
import { logger } from "@/src/operations/logger";
import { queueBatch } from "./queue-batch";
import { incomingRecordSchema } from "./record-schema";
import { storableJson } from "./unsafe-characters";

type Json = Parameters<Tx["json"]>[0];

/** A quarantined row as it is locked for a retry or a dismissal; it is also what the audit log keeps of it. */
export type QuarantineRow = {
  id: string;
  sourceId: string;
  batchId: string | null;
  externalId: string | null;
  payload: unknown;
  reasons: unknown;
  createdAt: Date;
};

/** What a retry did: the rows that passed now travel in a new batch; the others stay with their fresh reasons. */
export type RetryOutcome = {
  batchId: string | null;
  accepted: { id: string; externalId: string | null }[];
  stillRejected: { id: string; externalId: string | null; reasons: FieldIssue[] }[];
};

/**
 * Checks quarantined payloads again with the checks a pushed record meets
 * today (a fix of the schema or the standardizers since they arrived may let
 * them pass), inside the caller's transaction: those that pass become one new
 * batch for their source and leave quarantine, those that fail keep their row
 * with the reasons of now. Three statements whatever the number of rows.
 */
export async function requeueRejectedRows(tx: Tx, sourceId: string, rows: readonly QuarantineRow[], at: Date): Promise<RetryOutcome> {
  const checked = rows.map((row) => ({ row, parsed: incomingRecordSchema.safeParse(row.payload) }));
  const valid = checked.flatMap((c) => (c.parsed.success ? [{ row: c.row, record: c.parsed.data }] : []));
  const invalid = checked.flatMap((c) => (c.parsed.success ? [] : [{ row: c.row, reasons: storableJson(fieldIssues(c.parsed.error.issues)) as FieldIssue[] }]));
  let batchId: string | null = null;
  if (valid.length) {
    batchId = randomUUID();
    const records = tx.json(valid.map((v) => v.record) as unknown as Json);
    await tx`INSERT INTO "IngestBatch" ${tx({ id: batchId, sourceId, records, total: valid.length, status: "PENDING", createdAt: at })}`;
    await tx`DELETE FROM "RejectedRecord" WHERE id IN ${tx(valid.map((v) => v.row.id))}`;
  }
  if (invalid.length) {
    const updates = tx.json(invalid.map((i) => ({ id: i.row.id, reasons: i.reasons })) as unknown as Json);
    await tx`
      UPDATE "RejectedRecord" r SET reasons = u.reasons
      FROM jsonb_to_recordset(${updates}::jsonb) AS u(id text, reasons jsonb)
      WHERE r.id = u.id`;
  }
  return {
    batchId,
    accepted: valid.map((v) => ({ id: v.row.id, externalId: v.row.externalId })),
    stillRejected: invalid.map((i) => ({ id: i.row.id, externalId: i.row.externalId, reasons: i.reasons })),
  };
}

/** Queues a retried batch once it is committed; if Redis is down the sweeper queues it later, as for any stored batch. */
export async function queueRetriedBatch({ batchId, accepted }: RetryOutcome): Promise<void> {
  if (!batchId) return;
  await queueBatch({ id: batchId, total: accepted.length }).catch((err: Error) => logger.warn({ batchId, err }, "batch stored; queueing deferred to the sweeper"));
}
