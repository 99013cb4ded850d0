import { sql } from "@/src/db";

export type SourceCount = { sourceId: string; name: string; key: string; count: number };

/** How much each source contributes, so an empty or runaway feed stands out at a glance; a source with nothing yet counts zero. */
export async function countSourceRecordsPerSource(): Promise<SourceCount[]> {
  return sql<SourceCount[]>`
    SELECT s.id AS "sourceId", s.name, s.key, count(r.id)::int AS count
    FROM "Source" s LEFT JOIN "SourceRecord" r ON r."sourceId" = s.id AND r.status = 'ACTIVE'
    GROUP BY s.id
    ORDER BY count DESC, s.name`;
}
