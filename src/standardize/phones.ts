import { isSupportedCountry, parsePhoneNumberFromString, type PhoneNumber } from "libphonenumber-js";
import { standardizeCountry } from "./countries";

const valid = (n: PhoneNumber | undefined) => (n?.isValid() ? n.number : null);

/** The country a local number is read in, when the record names one libphonenumber knows. */
function regionOf(country?: string) {
  const region = country ? standardizeCountry(country) : undefined;
  return region && isSupportedCountry(region) ? region : undefined;
}

/** The number in E.164 when libphonenumber finds it valid, read locally or, with no country, after a "00" prefix. */
function validNumber(value: string, local: ReturnType<typeof regionOf>): string | null {
  const international = value.trim().replace(/^00(?=[1-9])/, "+");
  return valid(parsePhoneNumberFromString(value, local)) ?? (local ? null : valid(parsePhoneNumberFromString(international)));
}

/**
 * Formats a phone number as E.164 when libphonenumber finds it valid (its
 * small metadata: each country's number lengths and leading digits), reading
 * a local number in the record's country (any spelling: "de", "DEU",
 * "Germany") and "00…" as an international prefix when no country is known.
 * A number that is not valid is kept as its digits rather than guessed at;
 * ingest leaves it out with the warning `phoneProblem` gives.
 */
export function standardizePhone(value: string, country?: string): string {
  return validNumber(value, regionOf(country)) ?? value.replace(/[^\d+]/g, "");
}

/** The number as libphonenumber reads it: locally in the record's country, else after a "00" prefix. */
function parsed(value: string, local: ReturnType<typeof regionOf>): PhoneNumber | undefined {
  return parsePhoneNumberFromString(value, local) ?? (local ? undefined : parsePhoneNumberFromString(value.trim().replace(/^00(?=[1-9])/, "+")));
}

/**
 * Why a value cannot be a phone number at all, or null: no digits, or a
 * length no number of its country (or, with no country, of E.164) has.
 * Such a value is left out. A number of a possible length that fails
 * libphonenumber's validity is not left out (see `phoneDoubt`): most are
 * typing slips, and a number one digit off is still strong evidence that
 * two records are one customer.
 */
export function phoneProblem(value: string, country?: string): string | null {
  const local = regionOf(country);
  if (validNumber(value, local)) return null;
  const digits = value.replace(/\D/g, "");
  if (!digits) return "is not a phone number: it has no digits";
  if (parsed(value, local)?.isPossible()) return null;
  if (/^\s*(?:\+|00[1-9])/.test(value)) return "is not a possible international phone number";
  if (local) return `is not a possible phone number in ${local}`;
  return digits.length < 5 || digits.length > 15 ? `is not a phone number: it has ${digits.length} digits, not 5 to 15` : null;
}

/** Why a number of a possible length is still doubtful (libphonenumber finds no such number in use), or null. */
export function phoneDoubt(value: string, country?: string): string | null {
  const local = regionOf(country);
  if (validNumber(value, local) || !parsed(value, local)?.isPossible()) return null;
  return local ? `is not a valid phone number in ${local}; kept for matching, check it` : "is not a valid international phone number; kept for matching, check it";
}

/**
 * The forms a phone number someone typed into a search may be stored in:
 * E.164 as read internationally, and its bare digits. Empty when the text is
 * not a phone number (letters, fewer than six digits), so a name search never
 * turns into a phone lookup.
 */
export function phoneSearchForms(term: string): string[] {
  const digits = term.replace(/\D/g, "");
  if (!/^[\d\s()+./-]+$/.test(term) || digits.length < 6) return [];
  return [...new Set([standardizePhone(term), `+${digits}`, digits])];
}
