import countries from "i18n-iso-countries";

/** Languages whose country names are recognised, in order of precedence when two names collide. */
const languages = ["en", "de", "fr", "nl", "es", "it"];

/** Names people use that are not a country's name in any of those languages. */
const aliases: Record<string, string> = {
  uk: "GB", england: "GB", scotland: "GB", wales: "GB", northernireland: "GB", britain: "GB", grossbritannien: "GB",
  holland: "NL", brd: "DE", bundesrepublikdeutschland: "DE", amerika: "US", america: "US",
};

const keyOf = (name: string) =>
  name.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/ß/g, "ss").replace(/[^\p{L}]/gu, "");

/** "Österreich" is also typed "Oesterreich": keep both spellings of German umlauts. */
const umlautsSpelledOut = (name: string) => name.replace(/[äöü]/gi, (ch) => `${ch}e`);

const byName = new Map<string, string>(Object.entries(aliases));
for (const language of languages) {
  for (const [code, names] of Object.entries(countries.getNames(language, { select: "all" }))) {
    for (const name of names) {
      for (const key of [keyOf(name), keyOf(umlautsSpelledOut(name))]) if (!byName.has(key)) byName.set(key, code);
    }
  }
}

/**
 * Brings a country to its ISO 3166 alpha-2 code from an alpha-2 or alpha-3
 * code in any case, or a name in English, German, French, Dutch, Spanish or
 * Italian ("Deutschland", "U.S.A.", "UK"). Phones and postcodes are read by
 * this code. An unknown country is kept as typed, upper-cased.
 */
export function standardizeCountry(value: string): string {
  const upper = value.trim().toUpperCase();
  if (/^[A-Z]{2}$/.test(upper) && countries.isValid(upper)) return upper;
  const fromAlpha3 = /^[A-Z]{3}$/.test(upper) ? countries.alpha3ToAlpha2(upper) : undefined;
  return fromAlpha3 ?? byName.get(keyOf(value)) ?? upper;
}

/**
 * Why a standardized country is not one, or null when it is an ISO 3166
 * alpha-2 code: "Narnia" stored as a country would read phones and postcodes
 * by a country that does not exist, so ingest drops it with this warning.
 */
export function countryProblem(code: string): string | null {
  return /^[A-Z]{2}$/.test(code) && countries.isValid(code) ? null : "is not a country: give an ISO 3166 code such as DE, or a country's name";
}
