import { authorize } from "@/src/auth/permissions";
import type { Principal } from "@/src/auth/principal";
import { sql } from "@/src/db";
import type { AuditFilter } from "./audit-filter";
import type { AuditEventRow } from "./list-audit-events";
import { auditWhere } from "./audit-where";
import { safeCsvLine } from "./safe-csv";

const header = ["createdAt", "actor", "action", "targetType", "targetId", "before", "after", "details"];

const json = (value: unknown) => (value === undefined ? "" : JSON.stringify(value));

function line(row: AuditEventRow): string {
  const { before, after, ...details } = (row.data && typeof row.data === "object" ? row.data : {}) as Record<string, unknown>;
  const rest = Object.keys(details).length ? details : undefined;
  return safeCsvLine([row.createdAt, row.actor, row.action, row.targetType, row.targetId, json(before), json(after), json(rest)]);
}

async function* lines(filter: AuditFilter): AsyncGenerator<string> {
  yield safeCsvLine(header);
  const cursor = sql<AuditEventRow[]>`
    SELECT id, actor, action, "targetType", "targetId", data, "createdAt"
    FROM "AuditEvent" ${auditWhere(filter)}
    ORDER BY "createdAt" DESC, id DESC`.cursor(500);
  for await (const chunk of cursor) yield chunk.map(line).join("");
}

/**
 * The audit log under a filter as CSV text, newest first, for an auditor's
 * own tools. Access is checked before anything is read; the rows then come
 * from a database cursor chunk by chunk, so an export of millions of entries
 * runs in constant memory and a caller who stops reading stops the query.
 */
export function exportAuditCsv(opts: { principal: Principal; filter: AuditFilter }): AsyncGenerator<string> {
  authorize(opts.principal, "audit.read");
  return lines(opts.filter);
}
