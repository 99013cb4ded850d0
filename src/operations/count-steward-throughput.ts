import { sql } from "@/src/db";
import { lastUtcDays } from "./utc-days";

export type StewardThroughput = { actor: string; perDay: { day: string; count: number }[]; total: number };

/**
 * Suspect decisions per steward on each of the last `days` UTC days, busiest
 * first, read from who decided each suspect, so a lead sees who carries the
 * queue and on which days nobody did.
 */
export async function countStewardThroughput({ days, now = new Date() }: { days: number; now?: Date }): Promise<StewardThroughput[]> {
  const window = lastUtcDays(days, now);
  const rows = await sql<{ actor: string; day: string; count: number }[]>`
    SELECT "decidedBy" AS actor, to_char(date_trunc('day', "decidedAt"), 'YYYY-MM-DD') AS day, count(*)::int AS count
    FROM "DuplicateSuspect"
    WHERE status <> 'OPEN' AND "decidedBy" IS NOT NULL AND "decidedAt" >= ${window.from} AND "decidedAt" < ${window.end}
    GROUP BY 1, 2`;
  const byActor = new Map<string, Map<string, number>>();
  for (const r of rows) byActor.set(r.actor, (byActor.get(r.actor) ?? new Map()).set(r.day, r.count));
  return [...byActor]
    .map(([actor, counts]) => {
      const perDay = window.days.map((day) => ({ day, count: counts.get(day) ?? 0 }));
      return { actor, perDay, total: perDay.reduce((sum, d) => sum + d.count, 0) };
    })
    .sort((a, b) => b.total - a.total || a.actor.localeCompare(b.actor));
}
