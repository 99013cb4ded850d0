import { sql } from "@/src/db";
import { writeCsvFile } from "./write-csv-file";

/**
 * Lets an analyst review or report on every duplicate suspect, decided or not,
 * outside the portal, e.g. to tune the match thresholds against the scores.
 */
export async function exportSuspects(opts: { file: string }): Promise<{ rows: number }> {
  const rows = await writeCsvFile({
    file: opts.file,
    header: ["leftGoldenRecordId", "rightGoldenRecordId", "score", "status"],
    chunks: sql`
      SELECT "leftId" AS "leftGoldenRecordId", "rightId" AS "rightGoldenRecordId", score, status
      FROM "DuplicateSuspect"
      ORDER BY "createdAt", id
    `.cursor(1000),
  });
  return { rows };
}
