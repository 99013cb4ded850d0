import { sql } from "../db";
import type { CustomerAttributes } from "../golden/attributes";
import { matchNameOf } from "./standardize-record";

export type Candidate = {
  sourceRecordId: string;
  goldenRecordId: string;
  sourceId: string;
  externalId: string;
  standardized: Record<string, string>;
};

/** Upper bound on candidates per record, so one common name cannot stall ingest. */
const MAX_CANDIDATES = 50;

/**
 * Blocking: the few stored records worth scoring against an incoming
 * (standardized) one, found through indexed keys (exact email or phone,
 * trigram-similar name) instead of comparing against every customer.
 */
export async function findCandidates(
  record: CustomerAttributes,
  opts: { excludeSourceRecordId?: string } = {},
): Promise<Candidate[]> {
  const keys = { matchName: matchNameOf(record), email: record.email ?? null, phone: record.phone ?? null, ...opts };
  if (!keys.matchName && !keys.email && !keys.phone) return [];
  const rows = await sql<Candidate[]>`
    SELECT id AS "sourceRecordId", "goldenRecordId", "sourceId", "externalId", standardized
    FROM "SourceRecord"
    WHERE status = 'ACTIVE'
      AND id <> ${keys.excludeSourceRecordId ?? ""}
      AND (
        email = ${keys.email ?? null}
        OR phone = ${keys.phone ?? null}
        OR "matchName" % ${keys.matchName ?? null}
      )
    LIMIT ${MAX_CANDIDATES}`;
  return rows;
}
