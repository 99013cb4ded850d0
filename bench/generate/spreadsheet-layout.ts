import type { CustomerAttributes } from "@/src/golden/attributes";

/**
 * A US customer as a spreadsheet or a US-only export holds them: the street
 * address on one line with its number and unit ("412 N Oak Ave Apt 3") and
 * no country column, since every row is in the US. The hub must place and
 * take apart such rows itself.
 */
export function asUsSpreadsheetRow(a: CustomerAttributes): CustomerAttributes {
  const { houseNumber, street, addressLine2, country: _country, ...rest } = a;
  const line = [houseNumber, street, addressLine2].filter(Boolean).join(" ");
  return { ...rest, ...(line ? { street: line } : {}) };
}
