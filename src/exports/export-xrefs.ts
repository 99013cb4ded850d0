import { sql } from "@/src/db";
import { writeCsvFile } from "./write-csv-file";

/**
 * Hands every system the golden id of each of its records, so it can store the
 * master id next to its own. A record whose golden record was merged away gets
 * the survivor's id: that is the id downstream systems must use from now on.
 */
export async function exportXrefs(opts: { file: string }): Promise<{ rows: number }> {
  const rows = await writeCsvFile({
    file: opts.file,
    header: ["source", "externalId", "goldenRecordId"],
    chunks: sql`
      SELECT s.key AS source, sr."externalId",
             CASE WHEN g.status = 'MERGED' THEN g."mergedIntoId" ELSE g.id END AS "goldenRecordId"
      FROM "SourceRecord" sr
      JOIN "Source" s ON s.id = sr."sourceId"
      JOIN "GoldenRecord" g ON g.id = sr."goldenRecordId"
      WHERE sr.status = 'ACTIVE'
      ORDER BY s.key, sr."externalId"
    `.cursor(1000),
  });
  return { rows };
}
