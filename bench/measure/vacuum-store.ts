import { sql } from "@/src/db";

/** Whether the server runs autovacuum; without it planner statistics only refresh when asked and dead rows stay. */
export async function autovacuumSetting(): Promise<string> {
  const [row] = await sql<{ autovacuum: string }[]>`SHOW autovacuum`;
  return row.autovacuum;
}

/**
 * Brings the store to the state autovacuum keeps it in after a bulk load:
 * dead rows of rebuilt golden records gone and fresh statistics, so
 * lookups can also be timed as a settled production server would serve them.
 */
export async function vacuumStore(): Promise<void> {
  await sql.unsafe("VACUUM ANALYZE");
}
