/** Salutations and academic or professional titles written before a name (English, German, French, Spanish, Italian, Dutch). */
const titles = new Set([
  "mr", "mrs", "ms", "miss", "mx", "sir", "dame", "dr", "prof", "professor", "rev", "revd", "hon",
  "herr", "hr", "frau", "fr", "dipl-ing", "dr-ing", "dipl-kfm", "ing", "mag",
  "mme", "mlle", "sr", "sra", "srta", "sig", "sigra", "dott", "dottssa", "dhr", "mevr", "mw", "ir", "drs",
]);

/** Qualifiers of a German doctorate ("Dr. med."), dropped only right after a title and only when written with a dot. */
const qualifiers = new Set(["med", "rer", "nat", "phil", "jur", "dent", "vet", "oec", "hc", "mult"]);

/** Generational suffixes and post-nominals written after a name. Ordinals like "3rd" are kept: numbers stay in names. */
const suffixes = new Set(["jr", "jnr", "junior", "sr", "snr", "senior", "ii", "iii", "iv", "phd", "md", "esq"]);

const keyOf = (word: string) => word.toLowerCase().replace(/[.,]/g, "");

/** True when a piece of a name is nothing but titles and suffixes, such as the "Jr." in "Smith, Jr.". */
export function isOnlyNameAffixes(s: string): boolean {
  const words = s.split(" ").filter(Boolean);
  return words.length > 0 && words.every((w) => titles.has(keyOf(w)) || suffixes.has(keyOf(w)));
}

/**
 * Removes leading titles ("Herr Dr.", "Prof. Dr. med.") and trailing suffixes
 * ("Jr.", "III") so they neither show as part of a name nor sway matching.
 * A value that is nothing but a title ("Herr" can be a surname) is kept whole.
 */
export function stripNameAffixes(s: string): string {
  const words = s.split(" ").filter(Boolean);
  let start = 0;
  while (start < words.length && titles.has(keyOf(words[start]))) {
    start++;
    while (start < words.length && words[start].endsWith(".") && qualifiers.has(keyOf(words[start]))) start++;
  }
  let end = words.length;
  while (end > start && suffixes.has(keyOf(words[end - 1]))) end--;
  const kept = words.slice(start, end).join(" ").replace(/[\s,]+$/, "");
  return kept || s;
}
