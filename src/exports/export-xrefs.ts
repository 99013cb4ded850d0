import { sql } from "@/src/db";
import { exportTable } from "./export-table";

type XrefRow = { source: string; externalId: string; goldenRecordId: string };

/**
 * Hands every system the golden id of each of its records, so it can store the
 * master id next to its own. A record whose golden record was merged away gets
 * the survivor's id: that is the id downstream systems must use from now on.
 */
export const xrefsExport = exportTable<XrefRow>({
  title: "Cross-references",
  description: "One row per active source record: its source, its id there and the id of its golden record (the survivor's, after a merge)",
  columns: ["source", "externalId", "goldenRecordId"],
  query: (chunkRows) => sql<XrefRow[]>`
      SELECT s.key AS source, sr."externalId",
             CASE WHEN g.status = 'MERGED' THEN g."mergedIntoId" ELSE g.id END AS "goldenRecordId"
      FROM "SourceRecord" sr
      JOIN "Source" s ON s.id = sr."sourceId"
      JOIN "GoldenRecord" g ON g.id = sr."goldenRecordId"
      WHERE sr.status = 'ACTIVE'
      ORDER BY s.key, sr."externalId"
    `.cursor(chunkRows),
  csv: (r) => [r.source, r.externalId, r.goldenRecordId],
  json: (r) => r,
});
