import { recordAudit } from "@/src/audit/record-audit";
import { authorize, can } from "@/src/auth/permissions";
import type { Principal } from "@/src/auth/principal";
import { sql, type Tx } from "@/src/db";
import { AppError } from "@/src/errors";
import { lockOpenSuspectRow } from "./lock-open-suspect-row";

/** The user a suspect is handed to, refused unless enabled and allowed to decide suspects. */
async function assignableUser(tx: Tx, userId: string): Promise<{ id: string; email: string }> {
  const [user] = await tx<{ id: string; email: string; role: Principal["role"]; disabledAt: Date | null }[]>`
    SELECT id, email, role, "disabledAt" FROM "User" WHERE id = ${userId}`;
  if (!user) throw new AppError("NOT_FOUND", `No user has the id ${userId}; choose someone from the list.`, [{ path: "assigneeId", message: "unknown user" }]);
  if (user.disabledAt) throw new AppError("VALIDATION_FAILED", `${user.email} is disabled and cannot take suspects.`, [{ path: "assigneeId", message: "disabled user" }]);
  if (!can({ kind: "user", id: user.id, label: `user:${user.email}`, role: user.role, sourceId: null }, "suspects.decide")) {
    throw new AppError("VALIDATION_FAILED", `${user.email} is a ${user.role.toLowerCase()} and cannot decide suspects; choose a steward.`, [{ path: "assigneeId", message: "not a steward" }]);
  }
  return user;
}

/**
 * Takes an open suspect (no `assigneeId`: the principal takes it) or hands it
 * to a named steward, so two stewards working the queue do not review the
 * same pair. Taking over from someone else is allowed; the audit log keeps
 * who had it before.
 */
export async function assignSuspect(opts: { suspectId: string; principal: Principal; assigneeId?: string }): Promise<{ assigneeId: string }> {
  authorize(opts.principal, "suspects.assign");
  if (!opts.assigneeId && opts.principal.kind !== "user") {
    throw new AppError("BAD_REQUEST", "Only a signed-in person can take a suspect; name the steward to assign it to.", [{ path: "assigneeId", message: "required" }]);
  }
  const at = new Date();
  return sql.begin(async (tx) => {
    const suspect = await lockOpenSuspectRow(tx, opts.suspectId, "assigned");
    const assignee = await assignableUser(tx, opts.assigneeId ?? opts.principal.id);
    await tx`UPDATE "DuplicateSuspect" SET "assigneeId" = ${assignee.id}, "assignedAt" = ${at} WHERE id = ${suspect.id}`;
    await recordAudit(tx, opts.principal, at, {
      action: "suspect.assign",
      targetType: "DuplicateSuspect",
      targetId: suspect.id,
      before: { assigneeId: suspect.assigneeId },
      after: { assigneeId: assignee.id },
    });
    return { assigneeId: assignee.id };
  });
}
