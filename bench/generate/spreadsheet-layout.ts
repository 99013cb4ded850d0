import type { CustomerAttributes } from "@/src/golden/attributes";

/**
 * A US customer as a spreadsheet or a US-only export holds them: the street
 * address on one line with its number and unit ("412 N Oak Ave Apt 3") and
 * no country column, since every row is in the US; with `wholeAddress`, the
 * town, state and ZIP in that one column too ("…, Springfield, IL 62704"),
 * as address lists exported from mail merges hold them. The hub must place
 * and take apart such rows itself.
 */
export function asUsSpreadsheetRow(a: CustomerAttributes, opts: { wholeAddress?: boolean } = {}): CustomerAttributes {
  const { houseNumber, street, addressLine2, country: _country, ...rest } = a;
  const line = [houseNumber, street, addressLine2].filter(Boolean).join(" ");
  if (!opts.wholeAddress || !line || !rest.city || !rest.region || !rest.postalCode) return { ...rest, ...(line ? { street: line } : {}) };
  const { city, region, postalCode, ...others } = rest;
  return { ...others, street: `${line}, ${city}, ${region} ${postalCode}` };
}
