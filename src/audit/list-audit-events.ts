import { authorize } from "@/src/auth/permissions";
import type { Principal } from "@/src/auth/principal";
import { sql } from "@/src/db";
import type { AuditFilter } from "./audit-filter";
import { type AuditCursor, encodeAuditCursor } from "./audit-cursor";
import { auditWhere } from "./audit-where";

/** One entry of the log as the audit page shows it. */
export type AuditEventRow = { id: string; actor: string; action: string; targetType: string; targetId: string; data: unknown; createdAt: Date };

/**
 * One page of the audit log, newest first, narrowed by the filter. Paging is
 * by (createdAt, id) keyset, so the thousandth page costs what the first does
 * and rows appended meanwhile never shift a page.
 */
export async function listAuditEvents(opts: { principal: Principal; filter: AuditFilter; after?: AuditCursor; take: number }): Promise<{ rows: AuditEventRow[]; nextCursor: string | null }> {
  authorize(opts.principal, "audit.read");
  const after = opts.after ? sql`AND ("createdAt", id) < (${opts.after.at}, ${opts.after.id})` : sql``;
  const found = await sql<AuditEventRow[]>`
    SELECT id, actor, action, "targetType", "targetId", data, "createdAt"
    FROM "AuditEvent" ${auditWhere(opts.filter)} ${after}
    ORDER BY "createdAt" DESC, id DESC
    LIMIT ${opts.take + 1}`;
  const rows = found.slice(0, opts.take);
  const last = rows.at(-1);
  return { rows, nextCursor: found.length > opts.take && last ? encodeAuditCursor({ at: last.createdAt, id: last.id }) : null };
}

/** The actions and target types the log holds, so the filter offers them to pick rather than leaving people to guess their spelling. */
export async function auditFacets(opts: { principal: Principal }): Promise<{ actions: string[]; targetTypes: string[] }> {
  authorize(opts.principal, "audit.read");
  const [actions, targetTypes] = await Promise.all([
    sql<{ value: string }[]>`SELECT DISTINCT action AS value FROM "AuditEvent" ORDER BY 1 LIMIT 200`,
    sql<{ value: string }[]>`SELECT DISTINCT "targetType" AS value FROM "AuditEvent" ORDER BY 1 LIMIT 200`,
  ]);
  return { actions: actions.map((r) => r.value), targetTypes: targetTypes.map((r) => r.value) };
}
