import type { TransactionSql } from "postgres";
import { sql } from "@/src/db";
import type { CustomerAttributes } from "@/src/golden/attributes";
import { blockingKeysOf } from "./blocking-keys";

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
 */
export async function findCandidatesForMany(
  records: readonly CustomerAttributes[],
  opts: { excludeSourceRecordIds?: readonly (string | null)[]; nameSimilarity?: number } = {},
): Promise<Candidate[][]> {
  if (records.length === 0) return [];
  const keys = records.map(blockingKeysOf);
  const column = <K extends keyof (typeof keys)[number]>(k: K) => keys.map((r) => r[k]);
  const exclude = records.map((_, i) => opts.excludeSourceRecordIds?.[i] ?? "");
  const exact = (name: string) =>
    sql`(SELECT id FROM "SourceRecord" r WHERE r.${sql(name)} = q.${sql(name)} AND r.status = 'ACTIVE' LIMIT ${PER_KEY})`;
  const lookUp = (db: TransactionSql | typeof sql) => db<(Candidate & { i: number })[]>`
      SELECT q.i, s.id AS "sourceRecordId", s."goldenRecordId", s."sourceId", s."externalId", s.standardized
      FROM unnest(
        ${records.map((_, i) => i)}::int[], ${column("email")}::text[], ${column("phone")}::text[],
        ${column("nationalId")}::text[], ${column("taxId")}::text[], ${column("phoneticKey")}::text[],
        ${column("birthKey")}::text[], ${column("mailboxKey")}::text[], ${column("homeBirthKey")}::text[],
        ${column("nameSoundKey")}::text[], ${column("addressKey")}::text[], ${column("searchName")}::text[], ${exclude}::text[]
      ) AS q(i, email, phone, "nationalId", "taxId", "phoneticKey", "birthKey", "mailboxKey", "homeBirthKey", "nameSoundKey", "addressKey", "searchName", exclude)
      CROSS JOIN LATERAL (
        ${exact("email")} UNION ${exact("phone")} UNION ${exact("nationalId")} UNION ${exact("taxId")}
        UNION ${exact("phoneticKey")} UNION ${exact("birthKey")} UNION ${exact("mailboxKey")} UNION ${exact("homeBirthKey")}
        UNION ${exact("nameSoundKey")} UNION ${exact("addressKey")}
        UNION (SELECT "sourceRecordId" FROM "SourceRecordName" WHERE "searchName" % q."searchName"
               ORDER BY similarity("searchName", q."searchName") DESC LIMIT ${PER_NAME})
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
  const found: Candidate[][] = records.map(() => []);
  for (const { i, ...candidate } of rows) found[i].push(candidate);
  return found;
}

/** Blocking for one stored record, as training-pair collection and the benchmark's timed lookups do it. */
export async function findCandidates(
  record: CustomerAttributes,
  opts: { excludeSourceRecordId?: string; nameSimilarity?: number } = {},
): Promise<Candidate[]> {
  const [found] = await findCandidatesForMany([record], { excludeSourceRecordIds: [opts.excludeSourceRecordId ?? null], nameSimilarity: opts.nameSimilarity });
  return found;
}
