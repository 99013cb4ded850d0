import { recordAudit } from "@/src/audit/record-audit";
import { authorize } from "@/src/auth/permissions";
import type { Principal } from "@/src/auth/principal";
import { sql } from "@/src/db";
import { AppError } from "@/src/errors";
import { lockOpenSuspectRow } from "./lock-open-suspect-row";

const MAX_DEFER_MS = 366 * 24 * 60 * 60 * 1000;

/**
 * Puts an open suspect off until a time (waiting for a customer's answer, a
 * source's next load), leaving it out of the default queue until then;
 * `until: null` brings it back at once. The reason goes to the audit log.
 */
export async function deferSuspect(opts: { suspectId: string; principal: Principal; until: Date | null; reason?: string }): Promise<void> {
  authorize(opts.principal, "suspects.assign");
  const at = new Date();
  if (opts.until && opts.until.getTime() <= at.getTime()) {
    throw new AppError("VALIDATION_FAILED", "Defer until a time in the future.", [{ path: "until", message: "must be in the future" }]);
  }
  if (opts.until && opts.until.getTime() - at.getTime() > MAX_DEFER_MS) {
    throw new AppError("VALIDATION_FAILED", "Defer for at most a year; a pair nobody looks at for longer is better decided now.", [{ path: "until", message: "at most a year ahead" }]);
  }
  const reason = opts.reason?.trim() || null;
  await sql.begin(async (tx) => {
    const suspect = await lockOpenSuspectRow(tx, opts.suspectId, "deferred");
    await tx`UPDATE "DuplicateSuspect" SET "deferredUntil" = ${opts.until} WHERE id = ${suspect.id}`;
    await recordAudit(tx, opts.principal, at, {
      action: opts.until ? "suspect.defer" : "suspect.resume",
      targetType: "DuplicateSuspect",
      targetId: suspect.id,
      before: { deferredUntil: suspect.deferredUntil?.toISOString() ?? null },
      after: { deferredUntil: opts.until?.toISOString() ?? null },
      ...(reason ? { data: { reason } } : {}),
    });
  });
}
