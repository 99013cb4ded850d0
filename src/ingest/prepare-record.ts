import { blockingKeysOf, type BlockingKeys } from "@/src/matching/blocking/blocking-keys";
import { checkRecord } from "@/src/standardize/check-record";
import type { ValueWarning } from "@/src/standardize/value-warnings";
import type { CustomerAttributes } from "@/src/golden/attributes";
import { contentHash } from "./content-hash";
import type { IncomingRecord } from "./record-schema";

/**
 * A record as stored on its SourceRecord row: raw next to standardized, with
 * its blocking keys and content digest, and the values left out of
 * `standardized` as invalid with why (the raw record still holds them).
 */
export type PreparedRecord = BlockingKeys & {
  externalId: string;
  raw: CustomerAttributes;
  standardized: CustomerAttributes;
  warnings: ValueWarning[];
  sourceUpdatedAt: Date;
  /** whether the source dated the record; an undated one is stamped with its arrival */
  sourceDated: boolean;
  contentHash: string;
  /** false for a record its source deleted, blocked or archived */
  active: boolean;
};

export function prepareRecord(record: IncomingRecord): PreparedRecord {
  const { standardized, warnings } = checkRecord(record.attributes);
  return {
    externalId: record.externalId,
    raw: record.attributes,
    standardized,
    warnings,
    ...blockingKeysOf(standardized),
    sourceUpdatedAt: record.updatedAt ? new Date(record.updatedAt) : new Date(),
    sourceDated: record.updatedAt !== undefined,
    contentHash: contentHash(record.attributes),
    active: record.active ?? true,
  };
}
