import type { Tx } from "@/src/db";
import { groupBy } from "@/src/group-by";
import type { CustomerAttributes } from "./attributes";
import type { Contributor } from "./survivorship";

/** A source record as far as survivorship cares, whether just planned in memory or read back from the database. */
export type ContributingRecord = {
  id: string;
  externalId: string;
  sourceUpdatedAt: Date;
  standardized: CustomerAttributes;
};

/** The one mapping from a source record (and its source's key and trust) to what survivorship weighs. */
export function toContributor(record: ContributingRecord, source: { key: string; priority: number }): Contributor {
  return {
    sourceRecordId: record.id,
    source: source.key,
    externalId: record.externalId,
    priority: source.priority,
    sourceUpdatedAt: record.sourceUpdatedAt,
    attributes: record.standardized,
  };
}

/** The active source records of each golden record, as contributors; one statement for any number of golden records. */
export async function loadContributors(tx: Tx, goldenIds: readonly string[]): Promise<Map<string, Contributor[]>> {
  const rows = await tx<(ContributingRecord & { goldenRecordId: string; key: string; priority: number })[]>`
    SELECT s.id, s."goldenRecordId", s."externalId", s."sourceUpdatedAt" AT TIME ZONE 'UTC' AS "sourceUpdatedAt",
      s.standardized, src.key, src.priority
    FROM "SourceRecord" s JOIN "Source" src ON src.id = s."sourceId"
    WHERE s."goldenRecordId" = ANY(${goldenIds}::text[]) AND s.status = 'ACTIVE'`;
  const byGolden = groupBy(rows, (r) => r.goldenRecordId);
  return new Map([...byGolden].map(([id, records]) => [id, records.map((r) => toContributor(r, r))]));
}
