import type { AttributeName, CustomerAttributes } from "@/src/golden/attributes";
import { standardizeAddress } from "./addresses";
import { standardizeCountry } from "./countries";
import { standardizeDate } from "./dates";
import { standardizeEmail } from "./emails";
import { inferCountry } from "./infer-country";
import { standardizeIdentifier } from "./identifiers";
import { standardizePersonName } from "./names";
import { standardizePhone } from "./phones";
import { titleCasePlace } from "./places";
import { standardizePostalCode } from "./postal-codes";
import { splitAddressLine } from "./split-address-line";
import { splitFullName } from "./split-full-name";
import { collapseText } from "./text";

/** Per-attribute rules; `country` in the context is already the ISO code. Unlisted attributes are only trimmed. */
const rules: Partial<Record<AttributeName, (v: string, country?: string) => string>> = {
  firstName: standardizePersonName,
  lastName: standardizePersonName,
  fullName: standardizePersonName,
  city: titleCasePlace,
  email: standardizeEmail,
  phone: standardizePhone,
  postalCode: standardizePostalCode,
  dateOfBirth: standardizeDate,
  nationalId: standardizeIdentifier,
  taxId: standardizeIdentifier,
};

/**
 * Brings one source's spelling of a customer to the shared form that matching
 * and survivorship compare: trimmed, one case, the country as its ISO code
 * (inferred from the state, postcode or phone when the record gives none),
 * phones in E.164, dates in ISO, a whole address typed into the street taken
 * apart, the house number apart from the street, and
 * a lone full name split into first and last name when that is unambiguous.
 * Empty values are dropped, so "unknown" never competes with a real value.
 */
export function standardizeRecord(raw: CustomerAttributes): CustomerAttributes {
  const trimmed: CustomerAttributes = {};
  for (const [k, v] of Object.entries(raw) as [AttributeName, string | undefined][]) {
    if (v !== undefined) trimmed[k] = collapseText(v);
  }
  const whole = splitAddressLine(trimmed);
  const country = whole.country ? standardizeCountry(whole.country) : inferCountry(whole);
  const out: CustomerAttributes = { ...whole, ...(country ? { country } : {}) };
  for (const [k, rule] of Object.entries(rules) as [AttributeName, (v: string, country?: string) => string][]) {
    const value = whole[k];
    if (value) out[k] = rule(value, country);
  }
  Object.assign(out, standardizeAddress({ street: whole.street, houseNumber: whole.houseNumber, addressLine2: whole.addressLine2 }, country));
  if (out.fullName && !out.firstName && !out.lastName) Object.assign(out, splitFullName(out.fullName));
  for (const k of Object.keys(out) as AttributeName[]) if (!out[k]) delete out[k];
  return out;
}
