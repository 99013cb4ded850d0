import { recordAudit } from "@/src/audit/record-audit";
import { authorize } from "@/src/auth/permissions";
import type { Principal } from "@/src/auth/principal";
import { sql } from "@/src/db";
import { lockOpenSuspectRow } from "./lock-open-suspect-row";

/**
 * Gives an open suspect back to the queue, so someone else can take it.
 * Releasing a suspect nobody has changes nothing and logs nothing.
 */
export async function releaseSuspect(opts: { suspectId: string; principal: Principal }): Promise<void> {
  authorize(opts.principal, "suspects.assign");
  const at = new Date();
  await sql.begin(async (tx) => {
    const suspect = await lockOpenSuspectRow(tx, opts.suspectId, "released");
    if (!suspect.assigneeId) return;
    await tx`UPDATE "DuplicateSuspect" SET "assigneeId" = NULL, "assignedAt" = NULL WHERE id = ${suspect.id}`;
    await recordAudit(tx, opts.principal, at, {
      action: "suspect.release",
      targetType: "DuplicateSuspect",
      targetId: suspect.id,
      before: { assigneeId: suspect.assigneeId },
      after: { assigneeId: null },
    });
  });
}
