import { z } from "zod";
import { attributeNames, type CustomerAttributes, type Lineage } from "./attributes";

// JSON columns are typed `unknown` by the database: rows written by an older release, by hand or by a bug must read as missing values, never throw.
const objectOf = (json: unknown): Record<string, unknown> =>
  json && typeof json === "object" && !Array.isArray(json) ? (json as Record<string, unknown>) : {};

/**
 * The one way to read an attribute JSON column (GoldenRecord.attributes,
 * GoldenRecordVersion.attributes, SourceRecord.standardized), so the portal
 * and GraphQL never disagree about whether a value exists. An empty string is
 * unknown, as survivorship already treats it; unknown names and non-string
 * values are left out.
 */
export function readAttributes(json: unknown): CustomerAttributes {
  const record = objectOf(json);
  const out: CustomerAttributes = {};
  for (const name of attributeNames) {
    const value = record[name];
    if (typeof value === "string" && value !== "") out[name] = value;
  }
  return out;
}

// updatedAt is served as a DateTime, so a string that is not a date would fail the whole query: such an entry is dropped instead.
const lineageEntrySchema = z.object({
  sourceRecordId: z.string().nullable(),
  source: z.string(),
  externalId: z.string().nullable(),
  updatedAt: z.string().refine((s) => !Number.isNaN(Date.parse(s))),
  rule: z.string().optional(),
  override: z.object({ author: z.string(), reason: z.string() }).optional(),
});

/**
 * The one way to read a lineage JSON column (GoldenRecord.lineage,
 * GoldenRecordVersion.lineage): well-formed entries of canonical attributes
 * in canonical order; a malformed entry reads as "no lineage recorded".
 */
export function readLineage(json: unknown): Lineage {
  const record = objectOf(json);
  const out: Lineage = {};
  for (const name of attributeNames) {
    const entry = lineageEntrySchema.safeParse(record[name]);
    if (entry.success) out[name] = entry.data;
  }
  return out;
}
