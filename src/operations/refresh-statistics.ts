import { sql } from "@/src/db";

/** Re-plan once this share of a table changed since its last statistics, as autovacuum's default would. */
const CHANGED_SHARE = 0.1;
const MIN_CHANGES = 500;

/** Tables whose queries go wrong on stale statistics, each analyzed with the tables read beside it. */
const watched: { table: string; analyze: string[] }[] = [
  // Candidate search: the customers and the trigram-searched names.
  { table: "SourceRecord", analyze: ["SourceRecord", "SourceRecordName"] },
  // The outbox: claiming a delivery and finding the next one in line look events and deliveries up by record.
  { table: "ChangeEvent", analyze: ["ChangeEvent", "GoldenRecord"] },
  { table: "Delivery", analyze: ["Delivery"] },
];

/**
 * Keeps candidate search and delivery fast during and after bulk loads,
 * whether or not the server runs autovacuum: refreshes planner statistics of
 * a table once enough of it changed, so Postgres keeps choosing the indexes
 * over a sequential scan as the table grows. (The trigram index has no
 * pending list to merge: it is written directly, see migration name_sound_key.)
 */
export async function refreshStatistics(): Promise<{ analyzed: string[] }> {
  const stats = await sql<{ relname: string; changed: number; live: number }[]>`
    SELECT relname, n_mod_since_analyze::int AS changed, n_live_tup::int AS live
    FROM pg_stat_user_tables WHERE relname = ANY(${watched.map((w) => w.table)}::text[])`;
  const due = watched.filter((w) => {
    const s = stats.find((r) => r.relname === w.table);
    return s && s.changed >= Math.max(MIN_CHANGES, CHANGED_SHARE * s.live);
  });
  for (const w of due) await sql`ANALYZE ${sql(w.analyze)}`;
  return { analyzed: due.map((w) => w.table) };
}
