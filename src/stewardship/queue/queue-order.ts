import { sql } from "@/src/db";
import type { QueueCursor } from "./queue-cursor";
import type { QueueSort } from "./suspect-queue-filter";

type Column = "score" | "createdAt";
const columns: Record<QueueSort, { column: Column; descending: boolean }> = {
  "score-desc": { column: "score", descending: true },
  "score-asc": { column: "score", descending: false },
  oldest: { column: "createdAt", descending: false },
  newest: { column: "createdAt", descending: true },
};

/**
 * ORDER BY and the keyset condition of one queue order. The condition is
 * written as `key <= k AND (key < k OR id < i)` rather than a row comparison,
 * so its first half bounds the scan of the (status, score) or
 * (status, createdAt) index and a deep page costs what the first does.
 */
export function queueOrder(sort: QueueSort, cursor: QueueCursor | undefined) {
  const { column, descending } = columns[sort];
  const key = sql(column);
  const order = descending ? sql`s.${key} DESC, s.id DESC` : sql`s.${key} ASC, s.id ASC`;
  const value = column === "score" ? (typeof cursor?.key === "number" ? cursor.key : null) : typeof cursor?.key === "string" ? new Date(cursor.key) : null;
  if (!cursor || value === null || (value instanceof Date && Number.isNaN(value.getTime()))) return { order, after: sql`` };
  const after = descending
    ? sql`AND s.${key} <= ${value} AND (s.${key} < ${value} OR s.id < ${cursor.id})`
    : sql`AND s.${key} >= ${value} AND (s.${key} > ${value} OR s.id > ${cursor.id})`;
  return { order, after };
}
