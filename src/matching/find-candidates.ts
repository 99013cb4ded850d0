import { sql } from "../db";
import type { CustomerAttributes } from "../golden/attributes";
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
 * Blocking: the few stored records worth scoring against an incoming
 * (standardized) one, found through indexed keys instead of comparing
 * against every customer. Each key is its own index scan with its own cap;
 * similar names come nearest first.
 */
export async function findCandidates(
  record: CustomerAttributes,
  opts: { excludeSourceRecordId?: string } = {},
): Promise<Candidate[]> {
  const k = blockingKeysOf(record);
  const exact = (column: string, value: string | null) =>
    value === null
      ? []
      : [sql`(SELECT id FROM "SourceRecord" WHERE ${sql(column)} = ${value} AND status = 'ACTIVE' LIMIT ${PER_KEY})`];
  const branches = [
    ...exact("email", k.email),
    ...exact("phone", k.phone),
    ...exact("nationalId", k.nationalId),
    ...exact("taxId", k.taxId),
    ...exact("phoneticKey", k.phoneticKey),
    ...exact("birthKey", k.birthKey),
    ...(k.matchName
      ? [
          sql`(SELECT id FROM "SourceRecord" WHERE "matchName" % ${k.matchName} AND status = 'ACTIVE'
               ORDER BY similarity("matchName", ${k.matchName}) DESC LIMIT ${PER_NAME})`,
        ]
      : []),
  ];
  if (branches.length === 0) return [];
  const union = branches.reduce((acc, b) => sql`${acc} UNION ${b}`);
  return sql<Candidate[]>`
    SELECT s.id AS "sourceRecordId", s."goldenRecordId", s."sourceId", s."externalId", s.standardized
    FROM "SourceRecord" s
    WHERE s.id IN (${union}) AND s.id <> ${opts.excludeSourceRecordId ?? ""}`;
}
