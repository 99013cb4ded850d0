import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js";
import type { AttributeName, CustomerAttributes } from "../golden/attributes";

const collapse = (s: string) => s.normalize("NFC").replace(/\s+/g, " ").trim();

/** Capitalises each word of a name typed in one case ("ANNA-LENA O'NEIL" → "Anna-Lena O'Neil"); mixed case is left as the person wrote it. */
export function titleCase(s: string): string {
  // ß has no one-letter capital, so "MEIßNER" is still a name typed in capitals.
  if (/\p{Lu}/u.test(s) && /\p{Ll}/u.test(s.replace(/ß/g, ""))) return s;
  return s.toLowerCase().replace(/(^|[\s\-'’])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}

/** Formats a phone number as E.164 when it parses, using the record's country for local numbers. */
export function standardizePhone(raw: string, country?: string): string {
  const parsed = parsePhoneNumberFromString(raw, (country as CountryCode) || undefined);
  return parsed?.isValid() ? parsed.number : raw.replace(/[^\d+]/g, "");
}

/** Reads the common date spellings into ISO `YYYY-MM-DD`; an unreadable date is kept as typed. */
export function standardizeDate(raw: string): string {
  const iso = /^(\d{4})-?(\d{2})-?(\d{2})/.exec(raw);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const dmy = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(raw);
  if (dmy) return `${dmy[3]}-${dmy[2].padStart(2, "0")}-${dmy[1].padStart(2, "0")}`;
  return raw;
}

const rules: Partial<Record<AttributeName, (v: string, a: CustomerAttributes) => string>> = {
  firstName: titleCase,
  lastName: titleCase,
  fullName: titleCase,
  city: titleCase,
  email: (v) => v.toLowerCase(),
  country: (v) => v.toUpperCase(),
  postalCode: (v) => v.toUpperCase(),
  phone: (v, a) => standardizePhone(v, a.country),
  dateOfBirth: standardizeDate,
  nationalId: (v) => v.replace(/[\s.\-/]/g, "").toUpperCase(),
  taxId: (v) => v.replace(/[\s.\-/]/g, "").toUpperCase(),
};

/**
 * Brings one source's spelling of a customer to the shared form that matching
 * and survivorship compare: trimmed, one case, phones in E.164, dates in ISO.
 * Empty values are dropped, so "unknown" never competes with a real value.
 */
export function standardizeRecord(raw: CustomerAttributes): CustomerAttributes {
  const trimmed: CustomerAttributes = {};
  for (const [k, v] of Object.entries(raw) as [AttributeName, string | undefined][]) {
    const value = v === undefined ? "" : collapse(v);
    if (value) trimmed[k] = value;
  }
  if (trimmed.country) trimmed.country = trimmed.country.toUpperCase();
  const out: CustomerAttributes = {};
  for (const [k, v] of Object.entries(trimmed) as [AttributeName, string][]) {
    const rule = rules[k];
    out[k] = rule ? rule(v, trimmed) : v;
  }
  return out;
}

/** The folded name blocking compares: lower case, accents and punctuation removed. */
export function matchNameOf(a: CustomerAttributes): string | null {
  const person = [a.firstName, a.lastName].filter(Boolean).join(" ");
  const name = a.organizationName || person || a.fullName;
  if (!name) return null;
  const folded = name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
  return folded || null;
}
