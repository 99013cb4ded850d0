import { sql } from "@/src/db";
import { attributeNames, type AttributeName, type CustomerAttributes } from "@/src/golden/attributes";
import { readAttributes } from "@/src/golden/read-golden-json";

/** More records than a steward can read across one screen; the rest are a list's job. */
const MAX_RECORDS = 6;

export type ClusterRecord = {
  id: string;
  displayName: string;
  attributes: CustomerAttributes;
  /** the open suspect pairing this record with one of the compared pair, to open it from the cluster */
  suspectId: string | null;
};

export type SuspectCluster = { records: ClusterRecord[]; attributes: AttributeName[]; truncated: boolean };

type Edge = { id: string; leftId: string; rightId: string };

/**
 * The golden records linked to a suspect's pair through open suspects (A~B,
 * B~C, C~D…), nearest first: one customer keyed four times is four records
 * and six suspects, and a steward decides better seeing all of them at once
 * than pair by pair. One recursive statement, bounded both in depth and in
 * the records it returns.
 */
export async function loadSuspectCluster(opts: { leftId: string; rightId: string }): Promise<SuspectCluster> {
  const reached = await sql<{ id: string; depth: number }[]>`
    WITH RECURSIVE reach AS (
      SELECT unnest(${[opts.leftId, opts.rightId]}::text[]) AS id, 0 AS depth
      UNION
      SELECT CASE WHEN s."leftId" = r.id THEN s."rightId" ELSE s."leftId" END, r.depth + 1
      FROM reach r JOIN "DuplicateSuspect" s ON (s."leftId" = r.id OR s."rightId" = r.id) AND s.status = 'OPEN'
      WHERE r.depth < 2
    )
    SELECT id, min(depth)::int AS depth FROM reach GROUP BY id ORDER BY min(depth), id LIMIT ${MAX_RECORDS + 1}`;
  const ids = reached.slice(0, MAX_RECORDS).map((r) => r.id);
  const [goldens, edges] = await Promise.all([
    sql<{ id: string; displayName: string; attributes: unknown }[]>`
      SELECT id, "displayName", attributes FROM "GoldenRecord" WHERE id = ANY(${ids}::text[]) AND status = 'ACTIVE'`,
    sql<Edge[]>`
      SELECT id, "leftId", "rightId" FROM "DuplicateSuspect"
      WHERE status = 'OPEN' AND "leftId" = ANY(${ids}::text[]) AND "rightId" = ANY(${ids}::text[])`,
  ]);
  const byId = new Map(goldens.map((g) => [g.id, g]));
  const pair = new Set([opts.leftId, opts.rightId]);
  const toPair = (id: string) => edges.find((e) => (e.leftId === id && pair.has(e.rightId)) || (e.rightId === id && pair.has(e.leftId)))?.id ?? null;
  const records = ids.flatMap((id) => {
    const g = byId.get(id);
    return g ? [{ id, displayName: g.displayName, attributes: readAttributes(g.attributes), suspectId: pair.has(id) ? null : toPair(id) }] : [];
  });
  const attributes = attributeNames.filter((name) => records.some((r) => r.attributes[name]));
  return { records, attributes, truncated: reached.length > MAX_RECORDS };
}
