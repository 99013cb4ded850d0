import type { TransactionSql } from "postgres";
import { sql } from "@/src/db";
import type { CustomerAttributes } from "@/src/golden/attributes";
import { blockingKeysOf, exactKeys, keyColumns, nameKey, type BlockingKeys } from "./blocking-keys";

export type Candidate = {
  sourceRecordId: string;
  goldenRecordId: string;
  sourceId: string;
  externalId: string;
  standardized: Record<string, string>;
};

/** Per key, so one very common value (a shared family phone, a popular name) cannot crowd out the others. */
const PER_KEY = 20;
const PER_NAME = 30;

/** The same caps for blocking in memory over as many records as the database holds (a bulk run's). */
export const lookupCaps = { perKey: PER_KEY, perName: PER_NAME };

// The parts of the statement that depend on the key declaration alone, built once: the statement text, and
// so the prepared statement, is the same on every call, and a lookup builds no more fragments than one per key.
const keyNames = keyColumns.map((k) => sql`${sql(k)},`);
// Qualified on both sides: the subquery sees q's columns too, and a key compared with itself would match every row.
const exactBranches = exactKeys.map(
  (k, n) => sql`${n ? sql`UNION` : sql``} (SELECT id FROM "SourceRecord" r WHERE r.${sql(k)} = q.${sql(k)} AND r.status = 'ACTIVE' LIMIT ${PER_KEY})`,
);
// The name's own branch: SourceRecordName mirrors it for the trigram index, nearest first under its own cap.
const nameBranch = sql`(SELECT "sourceRecordId" FROM "SourceRecordName" WHERE "searchName" % q.${sql(nameKey)}
               ORDER BY similarity("searchName", q.${sql(nameKey)}) DESC LIMIT ${PER_NAME})`;

/**
 * Blocking: the few stored records worth scoring against each incoming
 * (standardized) record, found through indexed keys instead of comparing
 * against every customer. Each key is its own index scan with its own cap;
 * similar names come nearest first. A whole chunk of records is looked up in
 * one statement (a LATERAL join over their keys), so a bulk load pays one
 * round trip per chunk rather than one per record. Candidates are fetched by
 * id one by one (the LIMIT keeps the planner from flattening it): as a plain
 * join, the cached generic plan of this prepared statement merge-joined the
 * whole SourceRecord key index on a small store, 8 ms a lookup at 10k records.
 * Takes keys already computed, as a prepared chunk carries them.
 */
export async function findCandidatesByKeys(
  keys: readonly BlockingKeys[],
  opts: { excludeSourceRecordIds?: readonly (string | null)[]; nameSimilarity?: number } = {},
): Promise<Candidate[][]> {
  if (keys.length === 0) return [];
  const exclude = keys.map((_, i) => opts.excludeSourceRecordIds?.[i] ?? "");
  const keyArrays = keyColumns.map((k) => sql`${keys.map((r) => r[k])}::text[],`);
  const lookUp = (db: TransactionSql | typeof sql) => db<(Candidate & { i: number })[]>`
      SELECT q.i, s.id AS "sourceRecordId", s."goldenRecordId", s."sourceId", s."externalId", s.standardized
      FROM unnest(${keys.map((_, i) => i)}::int[], ${keyArrays} ${exclude}::text[]) AS q(i, ${keyNames} exclude)
      CROSS JOIN LATERAL (
        ${exactBranches}
        UNION ${nameBranch}
      ) c
      CROSS JOIN LATERAL (
        SELECT id, "goldenRecordId", "sourceId", "externalId", standardized FROM "SourceRecord"
        WHERE id = c.id AND id <> q.exclude LIMIT 1
      ) s`;
  const rows =
    opts.nameSimilarity === undefined
      ? await lookUp(sql)
      : await sql.begin(async (tx) => {
          await tx`SELECT set_config('pg_trgm.similarity_threshold', ${String(opts.nameSimilarity)}, true)`;
          return lookUp(tx);
        });
  const found: Candidate[][] = keys.map(() => []);
  for (const { i, ...candidate } of rows) found[i].push(candidate);
  return found;
}

/** Blocking for records by their standardized attributes (see findCandidatesByKeys). */
export async function findCandidatesForMany(
  records: readonly CustomerAttributes[],
  opts: { excludeSourceRecordIds?: readonly (string | null)[]; nameSimilarity?: number } = {},
): Promise<Candidate[][]> {
  return findCandidatesByKeys(records.map(blockingKeysOf), opts);
}

/** Blocking for one stored record, as training-pair collection and the benchmark's timed lookups do it. */
export async function findCandidates(
  record: CustomerAttributes,
  opts: { excludeSourceRecordId?: string; nameSimilarity?: number } = {},
): Promise<Candidate[]> {
  const [found] = await findCandidatesForMany([record], { excludeSourceRecordIds: [opts.excludeSourceRecordId ?? null], nameSimilarity: opts.nameSimilarity });
  return found;
}
