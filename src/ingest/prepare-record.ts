import { blockingKeysOf, type BlockingKeys } from "@/src/matching/blocking/blocking-keys";
import { standardizeRecord } from "@/src/standardize/record";
import type { CustomerAttributes } from "@/src/golden/attributes";
import { contentHash } from "./content-hash";
import type { IncomingRecord } from "./record-schema";

/** A record as stored on its SourceRecord row: raw next to standardized, with its blocking keys and content digest. */
export type PreparedRecord = BlockingKeys & {
  externalId: string;
  raw: CustomerAttributes;
  standardized: CustomerAttributes;
  sourceUpdatedAt: Date;
  contentHash: string;
};

export function prepareRecord(record: IncomingRecord): PreparedRecord {
  const standardized = standardizeRecord(record.attributes);
  return {
    externalId: record.externalId,
    raw: record.attributes,
    standardized,
    ...blockingKeysOf(standardized),
    sourceUpdatedAt: record.updatedAt ? new Date(record.updatedAt) : new Date(),
    contentHash: contentHash(record.attributes),
  };
}
