/**
 * Format characters that draw nothing and spell nothing in a customer value:
 * soft hyphen, zero-width space, word joiner, byte-order mark, direction marks
 * and bidi embeddings, overrides and isolates. An RTL override can make a
 * name display as something else ("Anna\u202Ekcim"), so standardizing removes
 * them; zero-width joiners are kept because Persian and Indic spellings need them.
 */
const noSpelling = /[\u00AD\u061C\u180E\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

/** Letters and symbols that render as blank space (Hangul fillers, braille blank) though Unicode counts them as letters. */
const blankLetters = "\\u115F\\u1160\\u3164\\uFFA0\\u2800";

const visibleCharacter = new RegExp(`[^\\p{White_Space}\\p{Cc}\\p{Cf}\\p{M}\\p{Cn}\\p{Co}\\p{Cs}${blankLetters}]`, "u");

/** Removes the invisible formatting characters a value should not keep; see `noSpelling`. */
export function stripInvisibleFormatting(s: string): string {
  return s.replace(noSpelling, "");
}

/**
 * Whether a person would see anything of the value: a name made only of
 * zero-width characters, direction overrides, combining marks or blank
 * fillers would become a customer no one can see or search for.
 */
export function hasVisibleCharacter(s: string): boolean {
  return visibleCharacter.test(s);
}

/** Names the code points of a value a person cannot see ("U+200B U+202E"), the first eight of a long one, so a warning can say what was sent. */
export function spelledOut(s: string): string {
  const points = [...s].map((ch) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`);
  return points.length > 8 ? `${points.slice(0, 8).join(" ")} …` : points.join(" ");
}
