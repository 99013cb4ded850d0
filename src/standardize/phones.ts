import { isSupportedCountry, parsePhoneNumberFromString, type PhoneNumber } from "libphonenumber-js";
import { standardizeCountry } from "./countries";

const valid = (n: PhoneNumber | undefined) => (n?.isValid() ? n.number : null);

/**
 * Formats a phone number as E.164 when it parses, reading a local number in
 * the record's country (any spelling: "de", "DEU", "Germany") and "00…" as
 * an international prefix when no country is known. "Valid" is judged by
 * the country's number lengths (libphonenumber's small metadata), so one
 * number written nationally and internationally gives one key even when its
 * range is newer than the metadata. A number that does not parse is kept as
 * its digits rather than guessed at.
 */
export function standardizePhone(value: string, country?: string): string {
  const region = country ? standardizeCountry(country) : undefined;
  const local = region && isSupportedCountry(region) ? region : undefined;
  const international = value.trim().replace(/^00(?=[1-9])/, "+");
  return (
    valid(parsePhoneNumberFromString(value, local)) ??
    (local ? null : valid(parsePhoneNumberFromString(international))) ??
    value.replace(/[^\d+]/g, "")
  );
}
