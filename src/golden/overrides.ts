import { z } from "zod";
import { attributeNames, type AttributeName, type CustomerAttributes, type Lineage } from "./attributes";

/** A steward's correction of one golden value; `value: null` says the value is unknown, whatever the sources claim. */
export type Override = { value: string | null; author: string; reason: string; at: string };
export type Overrides = Partial<Record<AttributeName, Override>>;

const overrideSchema = z.object({ value: z.string().nullable(), author: z.string(), reason: z.string(), at: z.string() });

/** The one way to read GoldenRecord.overrides: malformed entries read as "no override", never throw. */
export function readOverrides(json: unknown): Overrides {
  const record = json && typeof json === "object" && !Array.isArray(json) ? (json as Record<string, unknown>) : {};
  const out: Overrides = {};
  for (const name of attributeNames) {
    const entry = overrideSchema.safeParse(record[name]);
    if (entry.success) out[name] = entry.data;
  }
  return out;
}

/**
 * Lays steward overrides over what survivorship picked from the sources:
 * an override wins until a steward clears it, however recent a source's
 * change, because a person checked it. Lineage names the steward and reason.
 */
export function applyOverrides(
  survived: { attributes: CustomerAttributes; lineage: Lineage },
  overrides: Overrides,
): { attributes: CustomerAttributes; lineage: Lineage } {
  const attributes = { ...survived.attributes };
  const lineage = { ...survived.lineage };
  for (const name of attributeNames) {
    const o = overrides[name];
    if (!o) continue;
    if (o.value === null) {
      delete attributes[name];
      delete lineage[name];
      continue;
    }
    attributes[name] = o.value;
    lineage[name] = { sourceRecordId: null, source: "steward", externalId: null, updatedAt: o.at, override: { author: o.author, reason: o.reason } };
  }
  return { attributes, lineage };
}
