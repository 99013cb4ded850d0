import type { GoldenRecordVersion } from "@/prisma/generated/client";
import { sql } from "@/src/db";

/** A version row, in the shape Prisma reads it (JSON columns parsed, times as Dates). */
export type VersionRow = GoldenRecordVersion;

/**
 * The newest versions of many golden records at once, `take` of each (older
 * than `beforeVersion` when given), newest first: one statement for a whole
 * page of records, each read through its (goldenRecordId, version) index with
 * its own limit, so a record changed ten thousand times costs what one
 * changed twice does.
 */
export async function latestVersionsOf(goldenRecordIds: readonly string[], opts: { take: number; beforeVersion?: number | null }): Promise<Map<string, VersionRow[]>> {
  const found = new Map<string, VersionRow[]>(goldenRecordIds.map((id) => [id, []]));
  if (!goldenRecordIds.length || opts.take <= 0) return found;
  const rows = await sql<VersionRow[]>`
    SELECT v.id, v."goldenRecordId", v.version, v.attributes, v.lineage, v.status, v.reason, v.actor, v."createdAt"
    FROM unnest(${[...new Set(goldenRecordIds)]}::text[]) AS g(id)
    CROSS JOIN LATERAL (
      SELECT * FROM "GoldenRecordVersion"
      WHERE "goldenRecordId" = g.id ${opts.beforeVersion != null ? sql`AND version < ${opts.beforeVersion}` : sql``}
      ORDER BY version DESC LIMIT ${opts.take}
    ) v`;
  for (const row of rows) found.get(row.goldenRecordId)?.push(row);
  return found;
}
