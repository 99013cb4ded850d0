import { sql } from "@/src/db";
import { lastUtcDays } from "./utc-days";

export type ResolvedDay = { day: string; merged: number; notDuplicate: number };

/**
 * Suspects decided on each of the last `days` UTC days, merges apart from
 * "not a duplicate", zero-filled: whether the queue is being worked, and how
 * often matching's proposals turn out right.
 */
export async function countSuspectsResolvedPerDay({ days, now = new Date() }: { days: number; now?: Date }): Promise<ResolvedDay[]> {
  const window = lastUtcDays(days, now);
  const rows = await sql<ResolvedDay[]>`
    SELECT to_char(date_trunc('day', "decidedAt"), 'YYYY-MM-DD') AS day,
           count(*) FILTER (WHERE status = 'MERGED')::int AS merged,
           count(*) FILTER (WHERE status = 'NOT_DUPLICATE')::int AS "notDuplicate"
    FROM "DuplicateSuspect"
    WHERE status <> 'OPEN' AND "decidedAt" >= ${window.from} AND "decidedAt" < ${window.end}
    GROUP BY 1`;
  const byDay = new Map(rows.map((r) => [r.day, r]));
  return window.days.map((day) => byDay.get(day) ?? { day, merged: 0, notDuplicate: 0 });
}
