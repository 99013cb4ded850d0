import { sql } from "@/src/db";
import type { AuditFilter } from "./audit-filter";

/** A LIKE pattern matching the text anywhere, with `%`, `_` and `\` in it taken literally. */
const contains = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 24 * 60 * 60 * 1000);

/**
 * The WHERE clause of a filter, shared by the page and the CSV export so an
 * export holds exactly the rows the page shows. Dates are whole UTC days,
 * both ends included, as the page shows times in UTC.
 */
export function auditWhere(filter: AuditFilter) {
  const none = sql``;
  return sql`WHERE TRUE
    ${filter.actor ? sql`AND actor ILIKE ${contains(filter.actor)}` : none}
    ${filter.action ? sql`AND action = ${filter.action}` : none}
    ${filter.targetType ? sql`AND "targetType" = ${filter.targetType}` : none}
    ${filter.targetId ? sql`AND "targetId" = ${filter.targetId}` : none}
    ${filter.q ? sql`AND "targetId" ILIKE ${contains(filter.q)}` : none}
    ${filter.from ? sql`AND "createdAt" >= ${new Date(`${filter.from}T00:00:00Z`)}` : none}
    ${filter.to ? sql`AND "createdAt" < ${nextDay(filter.to)}` : none}`;
}
