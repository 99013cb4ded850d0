import type { CustomerAttributes } from "@/src/golden/attributes";
import { isNorthAmericanRegion } from "./infer-country";

/**
 * The end of a US or Canadian line: ", Springfield, IL 62704", ", Toronto ON M5V 3L9", an optional ", USA"
 * after it. A ZIP keyed wrong ("6078B", "2192") is still the ZIP: the state before it says what the end is.
 */
const northAmerican = /^(?<line>.*?\p{L}.*?)\s*,\s*(?<city>[^,\d]+?)\s*,?\s+(?<region>[\p{L}. ]{2,30}?)\.?\s+(?<postalCode>(?=(?:[^\d\s,]*\d){3})[0-9A-Z]{4,5}(?:-\d{4})?|[A-Z]\d[A-Z] ?\d[A-Z]\d)(?:\s*,\s*(?:USA?|U\.S\.A?\.?|United States(?: of America)?|Canada))?$/iu;

/** A British end: ", London SW1A 2AA" or ", London, SW1A 2AA". */
const british = /^(?<line>.*?\p{L}.*?)\s*,\s*(?<city>[^,\d]+?)\s*,?\s+(?<postalCode>[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2})(?:\s*,\s*(?:UK|United Kingdom|GB|Great Britain|England|Scotland|Wales))?$/iu;

/** A continental end, postcode before town: ", 10115 Berlin", ", D-10115 Berlin", ", 3511 AB Utrecht", ", 75002 Paris". */
const continental = /^(?<line>.*?\p{L}.*?)\s*,\s*(?<postalCode>(?:[A-Z]{1,2} ?- ?)?\d{4,5}(?: ?[A-Z]{2}(?=\s))?)\s+(?<city>[^,\d]+?)$/iu;

/**
 * A whole postal address typed into the street, as one-column exports hold
 * it ("412 N Oak Ave, Springfield, IL 62704"), taken apart into street,
 * town, state and postcode when the record gives no town and no postcode of
 * its own. Left whole, it compares as a different address from every
 * record that has its parts in their own columns.
 */
export function splitAddressLine(a: CustomerAttributes): CustomerAttributes {
  if (!a.street || a.city || a.postalCode || !a.street.includes(",")) return a;
  const us = northAmerican.exec(a.street)?.groups;
  if (us && isNorthAmericanRegion(us.region) && !a.region) return { ...a, street: us.line, city: us.city, region: us.region, postalCode: us.postalCode };
  const parts = british.exec(a.street)?.groups ?? continental.exec(a.street)?.groups;
  return parts ? { ...a, street: parts.line, city: parts.city, postalCode: parts.postalCode } : a;
}
