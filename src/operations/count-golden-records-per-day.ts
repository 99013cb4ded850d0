import { sql } from "@/src/db";
import { lastUtcDays } from "./utc-days";

export type DailyCount = { day: string; count: number };

/**
 * Golden records created on each of the last `days` days (UTC), zero-filled so
 * a quiet day shows as a gap in the chart instead of disappearing from it.
 */
export async function countGoldenRecordsPerDay({ days, now = new Date() }: { days: number; now?: Date }): Promise<DailyCount[]> {
  const window = lastUtcDays(days, now);
  const rows = await sql<DailyCount[]>`
    SELECT to_char(date_trunc('day', "createdAt"), 'YYYY-MM-DD') AS day, count(*)::int AS count
    FROM "GoldenRecord"
    WHERE "createdAt" >= ${window.from} AND "createdAt" < ${window.end}
    GROUP BY 1`;
  const byDay = new Map(rows.map((r) => [r.day, r.count]));
  return window.days.map((day) => ({ day, count: byDay.get(day) ?? 0 }));
}
