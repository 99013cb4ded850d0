import { sql } from "@/src/db";

/** Re-plan once this share of the customers changed since the last statistics, as autovacuum's default would. */
const CHANGED_SHARE = 0.1;
const MIN_CHANGES = 500;

/**
 * Keeps candidate search fast during and after bulk loads, whether or not
 * the server runs autovacuum: refreshes planner statistics once enough
 * customers changed, so Postgres keeps choosing the indexes over a
 * sequential scan as the table grows. (The trigram index has no pending list
 * to merge: it is written directly, see migration name_sound_key.)
 */
export async function refreshSearchIndexes(): Promise<{ analyzed: boolean }> {
  const [stats] = await sql<{ changed: number; live: number }[]>`
    SELECT n_mod_since_analyze::int AS changed, n_live_tup::int AS live
    FROM pg_stat_user_tables WHERE relname = 'SourceRecord'`;
  if (!stats || stats.changed < Math.max(MIN_CHANGES, CHANGED_SHARE * stats.live)) return { analyzed: false };
  await sql`ANALYZE "SourceRecord", "SourceRecordName"`;
  return { analyzed: true };
}
