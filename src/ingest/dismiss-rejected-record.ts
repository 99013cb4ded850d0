import { z } from "zod";
import { recordAudit } from "@/src/audit/record-audit";
import { authorize } from "@/src/auth/permissions";
import type { Principal } from "@/src/auth/principal";
import { sql } from "@/src/db";
import { AppError } from "@/src/errors";
import { parseQuarantineInput, quarantineInput } from "./quarantine-input";
import type { QuarantineRow } from "./requeue-rejected-rows";

const dismissSchema = z.object({ rejectedRecordId: quarantineInput.rejectedRecordId, reason: quarantineInput.reason });

/**
 * A steward decides a quarantined record will never be fixed (a test record,
 * a duplicate send). The row leaves quarantine in the transaction that writes
 * its audit row, and that row keeps the full payload and the reason, so
 * nothing a source sent is lost without a trace.
 */
export async function dismissRejectedRecord(opts: { principal: Principal; rejectedRecordId: unknown; reason: unknown }): Promise<{ externalId: string | null }> {
  authorize(opts.principal, "records.edit");
  const { rejectedRecordId, reason } = parseQuarantineInput(dismissSchema, { rejectedRecordId: opts.rejectedRecordId, reason: opts.reason });
  return sql.begin(async (tx) => {
    const [row] = await tx<QuarantineRow[]>`
      DELETE FROM "RejectedRecord" WHERE id = ${rejectedRecordId}
      RETURNING id, "sourceId", "batchId", "externalId", payload, reasons, "createdAt"`;
    if (!row) throw new AppError("NOT_FOUND", "That record is no longer in quarantine: someone retried or dismissed it. Reload the page.");
    await recordAudit(tx, opts.principal, new Date(), { action: "quarantine.dismiss", targetType: "RejectedRecord", targetId: row.id, before: row, data: { reason } });
    return { externalId: row.externalId };
  });
}
