import { sql } from "@/src/db";

/** Score bands as stewards triage them: near-certain first, doubtful last. */
export const scoreBands = [
  { key: "top", label: "≥ 0.90" },
  { key: "high", label: "0.70–0.90" },
  { key: "mid", label: "0.50–0.70" },
  { key: "low", label: "< 0.50" },
] as const;

/** How long a suspect has waited since matching proposed it. */
export const ageBuckets = [
  { key: "day", label: "< 1 day" },
  { key: "week", label: "1–7 days" },
  { key: "older", label: "> 7 days" },
] as const;

export type ScoreBand = (typeof scoreBands)[number]["key"];
export type AgeBucket = (typeof ageBuckets)[number]["key"];
export type BandRow = { band: ScoreBand; label: string; byAge: Record<AgeBucket, number>; total: number };

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The open queue by score band and age, every cell present even when empty,
 * so a lead sees whether easy merges pile up or doubtful pairs go stale.
 * One grouped statement, served by the (status, score) index.
 */
export async function countOpenSuspectsByBand({ now = new Date() }: { now?: Date } = {}): Promise<BandRow[]> {
  const dayAgo = new Date(now.getTime() - DAY_MS);
  const weekAgo = new Date(now.getTime() - 7 * DAY_MS);
  const rows = await sql<{ band: ScoreBand; age: AgeBucket; count: number }[]>`
    SELECT CASE WHEN score >= 0.9 THEN 'top' WHEN score >= 0.7 THEN 'high' WHEN score >= 0.5 THEN 'mid' ELSE 'low' END AS band,
           CASE WHEN "createdAt" > ${dayAgo} THEN 'day' WHEN "createdAt" > ${weekAgo} THEN 'week' ELSE 'older' END AS age,
           count(*)::int AS count
    FROM "DuplicateSuspect"
    WHERE status = 'OPEN'
    GROUP BY 1, 2`;
  const cell = (band: ScoreBand, age: AgeBucket) => rows.find((r) => r.band === band && r.age === age)?.count ?? 0;
  return scoreBands.map(({ key, label }) => {
    const byAge = { day: cell(key, "day"), week: cell(key, "week"), older: cell(key, "older") };
    return { band: key, label, byAge, total: byAge.day + byAge.week + byAge.older };
  });
}
