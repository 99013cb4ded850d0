import type { CustomerAttributes } from "@/src/golden/attributes";
import type { PulledRecord } from "@/src/sources/pulled-record";
import { fieldMapFor, type SalesforceEntity, type SalesforceMapping } from "./field-mapping";

/** A flat sObject as the REST API returns it (or a change event, flattened), keyed by field API name. */
export type SObjectFields = Record<string, unknown>;

/** Salesforce writes `2024-05-01T12:00:00.000+0000`; the hub wants ISO 8601 with a colon in the offset. */
export function isoTimestamp(value: unknown): string {
  const at = typeof value === "string" || typeof value === "number" ? new Date(value) : new Date(Number.NaN);
  if (Number.isNaN(at.getTime())) throw new TypeError(`not a Salesforce timestamp: ${String(value)}`);
  return at.toISOString();
}

function text(value: unknown): string | undefined {
  if (typeof value === "string") return value.trim() || undefined;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return undefined;
}

/**
 * One Salesforce record in the shape every connector produces. A row in the
 * recycle bin (IsDeleted) stays a record, marked inactive. `raw` keeps the
 * fields as read, without the REST envelope's `attributes`, so a CDC update
 * can be applied onto it and a mapping fix can re-run it.
 */
export function mapSObject(entity: SalesforceEntity, record: SObjectFields, mapping: SalesforceMapping, updatedAt?: string): PulledRecord {
  const { attributes: _envelope, ...raw } = record;
  const attributes: CustomerAttributes = {};
  for (const [field, attribute] of Object.entries(fieldMapFor(entity, raw, mapping))) {
    const value = text(raw[field]);
    if (value !== undefined) attributes[attribute] = value;
  }
  return {
    externalId: String(raw.Id),
    updatedAt: updatedAt ?? isoTimestamp(raw.SystemModstamp),
    active: raw.IsDeleted !== true,
    attributes,
    raw,
  };
}
