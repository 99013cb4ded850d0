import { readdir } from "node:fs/promises";
import path from "node:path";
import { sql } from "@/src/db";

/** `pending` names each migration of this release the database has not finished (never run, failed, or still running). */
export type Migrations = { ok: boolean; expected: number; pending: string[] };

/** The folder `prisma migrate deploy` reads, from the project root the processes start in. */
const defaultFolder = () => path.join(process.cwd(), "prisma", "migrations");
const shipped = new Map<string, Promise<string[]>>();

/**
 * The migrations this release ships, read once per process: the folder only
 * changes with a new release, which is a new process. A failed read is not
 * kept, so fixing the folder needs no restart.
 */
function shippedMigrations(folder: string): Promise<string[]> {
  let names = shipped.get(folder);
  if (!names) {
    names = readdir(folder, { withFileTypes: true }).then(
      (entries) => entries.filter((e) => e.isDirectory()).map((e) => e.name).sort(),
      (err: Error) => {
        shipped.delete(folder);
        throw new Error(`cannot read the migrations folder: ${err.message}`);
      },
    );
    shipped.set(folder, names);
  }
  return names;
}

/**
 * Whether every migration this release ships has finished in the database.
 * Code that runs before `prisma migrate deploy` (a rolling deploy, a forgotten
 * step) fails on a missing column at the first request that needs it; saying
 * "not ready" with the migration's name keeps traffic away until it is applied.
 * Migrations the database has and the folder lacks (a newer release already
 * migrated) are fine: each release's migrations only add.
 */
export async function checkMigrations({ folder = defaultFolder() }: { folder?: string } = {}): Promise<Migrations> {
  const [names, rows] = await Promise.all([
    shippedMigrations(folder),
    sql<{ name: string }[]>`
      SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
  ]);
  const applied = new Set(rows.map((r) => r.name));
  const pending = names.filter((n) => !applied.has(n));
  return { ok: pending.length === 0, expected: names.length, pending };
}
