import { sql } from "@/src/db";

export type QuarantineBySource = { sourceId: string; name: string; count: number };

/** How many records each source has in quarantine, so a steward can retry one source's records together after fixing its cause. */
export async function countRejectedPerSource(): Promise<QuarantineBySource[]> {
  return sql<QuarantineBySource[]>`
    SELECT r."sourceId", s.name, count(*)::int AS count
    FROM "RejectedRecord" r JOIN "Source" s ON s.id = r."sourceId"
    GROUP BY r."sourceId", s.name
    ORDER BY count DESC, s.name`;
}
