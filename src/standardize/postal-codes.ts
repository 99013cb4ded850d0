/** Country letters written before a postcode in European mail ("D-10115", "CH-8001"), by the country they mean. */
const prefixes: Record<string, string> = {
  D: "DE", DE: "DE", A: "AT", AT: "AT", CH: "CH", F: "FR", FR: "FR", B: "BE", BE: "BE", NL: "NL", L: "LU", LU: "LU",
  I: "IT", IT: "IT", E: "ES", ES: "ES", P: "PT", PT: "PT", DK: "DK", S: "SE", SE: "SE", N: "NO", NO: "NO", FL: "LI",
};

/** Postcodes written in two parts, by country: the shape and how to join the parts. */
const shapes: Record<string, RegExp> = {
  NL: /^(\d{4}) ?([A-Z]{2})$/,
  GB: /^([A-Z]{1,2}\d[A-Z\d]?) ?(\d[A-Z]{2})$/,
  CA: /^([A-Z]\d[A-Z]) ?(\d[A-Z]\d)$/,
};

/** Five-digit postcodes that spreadsheets shorten to four by dropping the leading zero ("01067" → 1067). */
const fiveDigits = new Set(["DE", "US", "FR", "IT", "ES"]);

/**
 * One spelling per postcode: upper case, single spaces, the country prefix
 * dropped when it names the record's country (or no country is known), the
 * space in Dutch, British and Canadian codes put where the post office puts
 * it ("3511ab" → "3511 AB", "sw1a1aa" → "SW1A 1AA"), and a leading zero that
 * a spreadsheet lost given back.
 */
export function standardizePostalCode(value: string, country?: string): string {
  let code = value.trim().replace(/\s+/g, " ").toUpperCase();
  const prefixed = /^([A-Z]{1,2}) ?- ?(\d.*)$/.exec(code);
  if (prefixed && prefixes[prefixed[1]] && (!country || prefixes[prefixed[1]] === country)) code = prefixed[2];
  const shape = country ? shapes[country]?.exec(code) : null;
  if (shape) return `${shape[1]} ${shape[2]}`;
  if (country && fiveDigits.has(country) && /^\d{4}$/.test(code)) return `0${code}`;
  return code;
}
