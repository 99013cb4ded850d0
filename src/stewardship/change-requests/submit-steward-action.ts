import { randomUUID } from "node:crypto";
import { recordAudit } from "@/src/audit/record-audit";
import type { Principal } from "@/src/auth/principal";
import type { Tx } from "@/src/db";
import { AppError } from "@/src/errors";
import { writeGoldenRecords } from "@/src/golden/golden-writer";
import { startRecompute } from "@/src/golden/save-survivorship-rules";
import { queueBulkMerge } from "@/src/stewardship/bulk-merge/start-bulk-merge";
import { stewardWrite } from "@/src/stewardship/steward-write";
import { needsApproval } from "./approval-rules";
import { describeStewardAction, runStewardAction, targetOf, type StewardAction } from "./steward-action";

export type Submitted = { done: Record<string, unknown> } | { requested: { id: string } };

type Json = Parameters<Tx["json"]>[0];

/** Background work a committed action started (a rules save's recompute, a bulk merge) is queued once its transaction committed. */
export async function afterCommit(action: StewardAction, result: Record<string, unknown>): Promise<void> {
  if (typeof result.bulkActionId !== "string") return;
  if (action.kind === "rules") await startRecompute(result.bulkActionId);
  if (action.kind === "bulk-merge") await queueBulkMerge(result.bulkActionId);
}

/** Thrown to roll a trial run back once it has shown the action would succeed. */
const trialPassed = new Error("trial run passed");

/**
 * The way pages and the API ask for a steward action: done at once, or,
 * where an admin put the action under four-eyes approval, kept as a change
 * request for an approver. A request is only made for an action that would
 * succeed now (it is tried in a transaction that is rolled back), so an
 * approver never reviews something already refused.
 */
export async function submitStewardAction(principal: Principal, action: StewardAction): Promise<Submitted> {
  if (!(await needsApproval(action.kind))) {
    const done = await stewardWrite(principal, (golden) => runStewardAction(golden, principal, action));
    await afterCommit(action, done);
    return { done };
  }
  if (principal.kind !== "user") throw new AppError("FORBIDDEN", "This action needs a second person's approval; ask for it as a signed-in user in the portal.");
  await writeGoldenRecords(principal, async (golden) => {
    await runStewardAction(golden, principal, action);
    throw trialPassed;
  }).catch((error) => {
    if (error !== trialPassed) throw error;
  });
  const id = randomUUID();
  await writeGoldenRecords(principal, async ({ tx, at }) => {
    await tx`INSERT INTO "ChangeRequest" ${tx({
      id,
      action: action.kind,
      payload: tx.json(action as Json),
      summary: describeStewardAction(action),
      ...targetOf(action),
      requestedBy: principal.label,
      requestedById: principal.id,
      createdAt: at,
    })}`;
    await recordAudit(tx, principal, at, { action: "request.create", targetType: "ChangeRequest", targetId: id, data: { action: action.kind, ...targetOf(action) } });
  });
  return { requested: { id } };
}
