import type postgres from "postgres";
import { sql } from "@/src/db";

type Db = postgres.Sql | postgres.TransactionSql;

/** A merge chain longer than this is corrupt (a cycle), not a history. */
const MAX_HOPS = 100;

/**
 * Where each golden record now lives: itself, or the survivor it was merged
 * into (through any chain of later merges). One recursive statement for any
 * number of ids, so ingest follows a whole chunk's targets in one round trip.
 * Ids that do not exist are left out.
 */
export async function survivorsOf(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const rows = await db<{ start: string; id: string }[]>`
    WITH RECURSIVE chain AS (
      SELECT id AS start, id, "mergedIntoId", 0 AS hops FROM "GoldenRecord" WHERE id = ANY(${[...new Set(ids)]}::text[])
      UNION ALL
      SELECT chain.start, g.id, g."mergedIntoId", chain.hops + 1
      FROM "GoldenRecord" g JOIN chain ON g.id = chain."mergedIntoId"
      WHERE chain.hops < ${MAX_HOPS}
    )
    SELECT start, id FROM chain WHERE "mergedIntoId" IS NULL`;
  return new Map(rows.map((r) => [r.start, r.id]));
}

/**
 * The record still standing for an id from before a merge, so a caller
 * holding an old id (a subscriber, a cross-reference) lands on today's customer.
 */
export async function findSurvivorId(goldenRecordId: string): Promise<string> {
  const survivor = (await survivorsOf(sql, [goldenRecordId])).get(goldenRecordId);
  if (!survivor) throw new Error(`The merge chain from golden record ${goldenRecordId} does not end in a surviving record.`);
  return survivor;
}
