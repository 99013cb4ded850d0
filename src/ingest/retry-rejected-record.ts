import { z } from "zod";
import { recordAudit } from "@/src/audit/record-audit";
import { authorize } from "@/src/auth/permissions";
import type { Principal } from "@/src/auth/principal";
import { sql } from "@/src/db";
import { AppError } from "@/src/errors";
import { parseQuarantineInput, quarantineInput } from "./quarantine-input";
import { queueRetriedBatch, requeueRejectedRows, type QuarantineRow, type RetryOutcome } from "./requeue-rejected-rows";

const retrySchema = z.object({ rejectedRecordId: quarantineInput.rejectedRecordId });

/**
 * A steward sends one quarantined record through ingest again after the
 * cause was fixed on the hub's side: if it passes it becomes a one-record
 * batch for its source and leaves quarantine (with an audit row keeping what
 * it was); if not, it stays with the reasons it fails for now.
 */
export async function retryRejectedRecord(opts: { principal: Principal; rejectedRecordId: unknown }): Promise<RetryOutcome> {
  authorize(opts.principal, "records.edit");
  const { rejectedRecordId } = parseQuarantineInput(retrySchema, { rejectedRecordId: opts.rejectedRecordId });
  const outcome = await sql.begin(async (tx) => {
    const [row] = await tx<QuarantineRow[]>`
      SELECT id, "sourceId", "batchId", "externalId", payload, reasons, "createdAt"
      FROM "RejectedRecord" WHERE id = ${rejectedRecordId} FOR UPDATE`;
    if (!row) throw new AppError("NOT_FOUND", "That record is no longer in quarantine: someone retried or dismissed it. Reload the page.");
    const at = new Date();
    const result = await requeueRejectedRows(tx, row.sourceId, [row], at);
    if (result.batchId) {
      await recordAudit(tx, opts.principal, at, { action: "quarantine.retry", targetType: "RejectedRecord", targetId: row.id, before: row, data: { batchId: result.batchId } });
    }
    return result;
  });
  await queueRetriedBatch(outcome);
  return outcome;
}
