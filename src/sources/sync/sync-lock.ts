import { sql } from "@/src/db";

/**
 * Holds a source's sync lock for as long as `work` runs, or returns null at
 * once when another sync of the source holds it. The job id stops a second
 * "sync now", but not a scheduled run meeting one; a Postgres session lock
 * covers both and is given back by Postgres itself when a killed worker's
 * connection drops, so a crash never leaves a source locked.
 */
export async function withSyncLock<T>(sourceId: string, work: () => Promise<T>): Promise<T | null> {
  const connection = await sql.reserve();
  try {
    const [{ locked }] = await connection<{ locked: boolean }[]>`SELECT pg_try_advisory_lock(hashtextextended(${`source-sync:${sourceId}`}, 0)) AS locked`;
    if (!locked) return null;
    try {
      return await work();
    } finally {
      await connection`SELECT pg_advisory_unlock(hashtextextended(${`source-sync:${sourceId}`}, 0))`.catch(() => {});
    }
  } finally {
    connection.release();
  }
}
