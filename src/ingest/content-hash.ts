import { createHash } from "node:crypto";
import type { CustomerAttributes } from "@/src/golden/attributes";

/** A digest of a record's attributes, independent of key order, so a resent unchanged record is a no-op. */
export function contentHash(attributes: CustomerAttributes): string {
  const sorted = Object.keys(attributes)
    .sort()
    .map((k) => [k, attributes[k as keyof CustomerAttributes]]);
  return createHash("sha256").update(JSON.stringify(sorted)).digest("hex");
}
