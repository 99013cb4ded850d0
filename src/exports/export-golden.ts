import { sql } from "@/src/db";
import { attributeNames } from "@/src/golden/attributes";
import { readAttributes, readLineage } from "@/src/golden/read-golden-json";
import { exportTable } from "./export-table";

type GoldenRow = {
  id: string;
  displayName: string;
  status: string;
  version: number;
  mergedIntoId: string | null;
  sourceCount: number;
  createdAt: Date;
  updatedAt: Date;
  attributes: unknown;
  lineage: unknown;
};

/**
 * Every golden record as it stands now, for a warehouse or a one-off analysis.
 * Merged-away records are included with their survivor's id, so a system
 * holding an old id can follow it. CSV has one column per canonical attribute
 * (empty when unknown), in the canonical order, so its header never depends on
 * the data; NDJSON carries the attributes and their lineage as objects.
 */
export const goldenExport = exportTable<GoldenRow>({
  title: "Golden records",
  description: "One row per golden record, merged-away ones included: its current values, version, status and number of active source records",
  columns: ["id", "displayName", "status", "version", "mergedIntoId", "sourceCount", "createdAt", "updatedAt", ...attributeNames],
  query: (chunkRows) => sql<GoldenRow[]>`
      SELECT g.id, g."displayName", g.status, g.version, g."mergedIntoId", g."createdAt", g."updatedAt", g.attributes, g.lineage,
             (SELECT count(*)::int FROM "SourceRecord" sr WHERE sr."goldenRecordId" = g.id AND sr.status = 'ACTIVE') AS "sourceCount"
      FROM "GoldenRecord" g
      ORDER BY g.id
    `.cursor(chunkRows),
  csv: (r) => {
    const values = readAttributes(r.attributes);
    return [r.id, r.displayName, r.status, r.version, r.mergedIntoId, r.sourceCount, r.createdAt, r.updatedAt, ...attributeNames.map((n) => values[n])];
  },
  json: ({ attributes, lineage, ...r }) => ({ ...r, attributes: readAttributes(attributes), lineage: readLineage(lineage) }),
});
