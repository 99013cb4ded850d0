import { z } from "zod";
import { recordAudit } from "@/src/audit/record-audit";
import { authorize } from "@/src/auth/permissions";
import type { Principal } from "@/src/auth/principal";
import { sql } from "@/src/db";
import { env } from "@/src/env";
import { AppError } from "@/src/errors";
import { parseQuarantineInput, quarantineInput } from "./quarantine-input";
import { queueRetriedBatch, requeueRejectedRows, type QuarantineRow, type RetryOutcome } from "./requeue-rejected-rows";

const retrySourceSchema = z.object({ sourceId: quarantineInput.sourceId });

/**
 * Retries a source's quarantined records at once, oldest first and at most
 * one batch's worth per call, after a fix that concerns them all. Rows
 * another steward is retrying or dismissing right now are skipped, not waited
 * for. One audit row names every record that left quarantine.
 */
export async function retryRejectedSource(opts: { principal: Principal; sourceId: unknown }): Promise<RetryOutcome & { remaining: number }> {
  authorize(opts.principal, "records.edit");
  const { sourceId } = parseQuarantineInput(retrySourceSchema, { sourceId: opts.sourceId });
  const outcome = await sql.begin(async (tx) => {
    const [source] = await tx<{ id: string }[]>`SELECT id FROM "Source" WHERE id = ${sourceId}`;
    if (!source) throw new AppError("NOT_FOUND", "No source has that id; reload the page.");
    const rows = await tx<QuarantineRow[]>`
      SELECT id, "sourceId", "batchId", "externalId", payload, reasons, "createdAt"
      FROM "RejectedRecord" WHERE "sourceId" = ${sourceId}
      ORDER BY "createdAt", id LIMIT ${env.INGEST_MAX_BATCH} FOR UPDATE SKIP LOCKED`;
    const at = new Date();
    const result = await requeueRejectedRows(tx, sourceId, rows, at);
    if (result.batchId) {
      await recordAudit(tx, opts.principal, at, {
        action: "quarantine.retry-source",
        targetType: "Source",
        targetId: sourceId,
        data: { batchId: result.batchId, retried: result.accepted, stillRejected: result.stillRejected.length },
      });
    }
    const [{ remaining }] = await tx<{ remaining: number }[]>`SELECT count(*)::int AS remaining FROM "RejectedRecord" WHERE "sourceId" = ${sourceId}`;
    return { ...result, remaining };
  });
  await queueRetriedBatch(outcome);
  return outcome;
}
