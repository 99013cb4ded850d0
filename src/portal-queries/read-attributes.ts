import { attributeNames, type CustomerAttributes } from "@/src/golden/attributes";

/**
 * Reads attribute JSON from the database for display: only canonical
 * attributes with string values survive, so a malformed row shows as missing
 * values instead of breaking the page.
 */
export function readAttributes(json: unknown): CustomerAttributes {
  const out: CustomerAttributes = {};
  if (!json || typeof json !== "object") return out;
  const record = json as Record<string, unknown>;
  for (const name of attributeNames) {
    const value = record[name];
    if (typeof value === "string" && value !== "") out[name] = value;
  }
  return out;
}
