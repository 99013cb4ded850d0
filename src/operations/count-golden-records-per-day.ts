import { prisma } from "@/src/db";

export type DailyCount = { day: string; count: number };

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Golden records created on each of the last `days` days (UTC), zero-filled so
 * a quiet day shows as a gap in the chart instead of disappearing from it.
 */
export async function countGoldenRecordsPerDay({ days, now = new Date() }: { days: number; now?: Date }): Promise<DailyCount[]> {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const from = new Date(today - (days - 1) * DAY_MS);
  const rows = await prisma.$queryRaw<{ day: string; count: number }[]>`
    SELECT to_char(date_trunc('day', "createdAt" AT TIME ZONE 'UTC'), 'YYYY-MM-DD') AS day, count(*)::int AS count
    FROM "GoldenRecord"
    WHERE "createdAt" >= ${from}
    GROUP BY 1`;
  const byDay = new Map(rows.map((r) => [r.day, r.count]));
  return Array.from({ length: days }, (_, i) => {
    const day = new Date(from.getTime() + i * DAY_MS).toISOString().slice(0, 10);
    return { day, count: byDay.get(day) ?? 0 };
  });
}
