import { sql } from "@/src/db";
import { exportTable } from "./export-table";

type SuspectRow = { leftGoldenRecordId: string; rightGoldenRecordId: string; score: number; status: string };

/**
 * Lets an analyst review or report on every duplicate suspect, decided or not,
 * outside the portal, e.g. to tune the match thresholds against the scores.
 */
export const suspectsExport = exportTable<SuspectRow>({
  title: "Duplicate suspects",
  description: "One row per duplicate suspect, open or decided: the two golden records, the score and the decision",
  columns: ["leftGoldenRecordId", "rightGoldenRecordId", "score", "status"],
  query: (chunkRows) => sql<SuspectRow[]>`
      SELECT "leftId" AS "leftGoldenRecordId", "rightId" AS "rightGoldenRecordId", score, status
      FROM "DuplicateSuspect"
      ORDER BY "createdAt", id
    `.cursor(chunkRows),
  csv: (r) => [r.leftGoldenRecordId, r.rightGoldenRecordId, r.score, r.status],
  json: (r) => r,
});
