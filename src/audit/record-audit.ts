import { randomUUID } from "node:crypto";
import type { Principal } from "@/src/auth/principal";
import type { Tx } from "@/src/db";

type Json = Parameters<Tx["json"]>[0];

/** One steward or admin action as the audit log keeps it: what was acted on, and the state before and after where there is one. */
export type AuditEntry = {
  action: string;
  targetType: string;
  targetId: string;
  before?: unknown;
  after?: unknown;
  /** anything else worth keeping: a reason, a request id */
  data?: Record<string, unknown>;
};

/**
 * Appends to the audit log inside the transaction of the action it records,
 * so an action is never done without its entry nor logged without being done.
 * The log has no update or delete path anywhere in the code.
 */
export async function recordAudit(tx: Tx, principal: Principal, at: Date, entry: AuditEntry): Promise<void> {
  const data = { ...entry.data, ...(entry.before !== undefined ? { before: entry.before } : {}), ...(entry.after !== undefined ? { after: entry.after } : {}) };
  await tx`INSERT INTO "AuditEvent" ${tx({
    id: randomUUID(),
    actor: principal.label,
    action: entry.action,
    targetType: entry.targetType,
    targetId: entry.targetId,
    data: tx.json(data as Json),
    createdAt: at,
  })}`;
}
