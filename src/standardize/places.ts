import { titleCase } from "./text";

/** Little words inside place and street names that stay lower case: "Frankfurt am Main", "Unter den Linden". */
const smallWords = new Set([
  "am", "an", "auf", "bei", "der", "den", "dem", "des", "die", "im", "in", "ob", "vor", "zum", "zur", "von",
  "van", "de", "la", "le", "les", "du", "sur", "en", "of", "on", "upon", "the", "and",
]);

/**
 * Title-cases a city or street typed in one case, leaving its little words
 * lower case after the first ("FRANKFURT AM MAIN" → "Frankfurt am Main").
 * A place typed in mixed case is kept as written.
 */
export function titleCasePlace(value: string): string {
  const cased = titleCase(value);
  if (cased === value) return value;
  return cased.replace(/(?<=[\s-])(\p{L}+)(?=[\s-])/gu, (w: string) => (smallWords.has(w.toLowerCase()) ? w.toLowerCase() : w));
}
