import { recordAudit } from "@/src/audit/record-audit";
import { authorize } from "@/src/auth/permissions";
import type { Principal } from "@/src/auth/principal";
import { principalForUser } from "@/src/auth/principal-for-user";
import { prisma, sql, type Tx } from "@/src/db";
import { AppError } from "@/src/errors";
import { stewardWrite } from "@/src/stewardship/steward-write";
import { runStewardAction, stewardActionSchema, type StewardAction } from "./steward-action";
import { afterCommit } from "./submit-steward-action";

type RequestRow = { id: string; status: string; requestedById: string; decidedBy: string | null; payload: unknown };

/** Locks a request for a decision; whoever comes second learns who decided it first. */
async function lockPending(tx: Tx, requestId: string): Promise<RequestRow> {
  const [row] = await tx<RequestRow[]>`SELECT id, status, "requestedById", "decidedBy", payload FROM "ChangeRequest" WHERE id = ${requestId} FOR UPDATE`;
  if (!row) throw new AppError("NOT_FOUND", `No change request has the id ${requestId}.`);
  if (row.status !== "PENDING") throw new AppError("CONFLICT", `This request was already ${row.status.toLowerCase()} by ${row.decidedBy}.`);
  return row;
}

async function requestedBy(requestId: string) {
  const request = await prisma.changeRequest.findUnique({ where: { id: requestId }, select: { requestedById: true } });
  if (!request) throw new AppError("NOT_FOUND", `No change request has the id ${requestId}.`);
  return request.requestedById;
}

/**
 * An approver approves someone else's request: the action runs as the
 * requester (versions name them; the policy is asked for them again, as they
 * are now) and the approval commits in the same transaction, so an approved
 * request is always done and a done one always approved.
 */
export async function approveChangeRequest(opts: { requestId: string; principal: Principal; reason?: string }): Promise<Record<string, unknown>> {
  const requestedById = await requestedBy(opts.requestId);
  authorize(opts.principal, "requests.approve", { requestedById });
  const requester = await principalForUser(requestedById).catch((error) => {
    if (error instanceof AppError && error.code === "UNAUTHENTICATED") {
      throw new AppError("CONFLICT", "The user who asked for this can no longer act (disabled or removed); reject the request.");
    }
    throw error;
  });
  let action: StewardAction | null = null;
  const result = await stewardWrite(requester, async (golden) => {
    const { tx, at } = golden;
    const row = await lockPending(tx, opts.requestId);
    action = stewardActionSchema.parse(row.payload);
    const done = await runStewardAction(golden, requester, action);
    await tx`UPDATE "ChangeRequest" SET status = 'APPROVED', "decidedBy" = ${opts.principal.label}, "decidedAt" = ${at}, "decisionReason" = ${opts.reason?.trim() || null} WHERE id = ${row.id}`;
    await recordAudit(tx, opts.principal, at, { action: "request.approve", targetType: "ChangeRequest", targetId: row.id, data: { result: done, ...(opts.reason ? { reason: opts.reason } : {}) } });
    return done;
  });
  if (action) await afterCommit(action, result);
  return result;
}

/** An approver rejects someone else's request, saying why; nothing else changes. */
export async function rejectChangeRequest(opts: { requestId: string; principal: Principal; reason: string }): Promise<void> {
  authorize(opts.principal, "requests.approve", { requestedById: await requestedBy(opts.requestId) });
  const reason = opts.reason.trim();
  if (!reason) throw new AppError("VALIDATION_FAILED", "Say why you reject the request.", [{ path: "reason", message: "required" }]);
  const at = new Date();
  await sql.begin(async (tx) => {
    const row = await lockPending(tx, opts.requestId);
    await tx`UPDATE "ChangeRequest" SET status = 'REJECTED', "decidedBy" = ${opts.principal.label}, "decidedAt" = ${at}, "decisionReason" = ${reason} WHERE id = ${row.id}`;
    await recordAudit(tx, opts.principal, at, { action: "request.reject", targetType: "ChangeRequest", targetId: row.id, data: { reason } });
  });
}
