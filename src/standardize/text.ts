import { stripInvisibleFormatting } from "./visible";

/**
 * Trims, collapses inner whitespace, composes Unicode (NFC) and removes
 * invisible formatting such as zero-width spaces and RTL overrides, so one
 * spelling is stored one way and a value displays as what it says.
 */
export function collapseText(s: string): string {
  return stripInvisibleFormatting(s.normalize("NFC")).replace(/\s+/g, " ").trim();
}

/** True when a value was typed all in capitals or all in lower case, so its casing carries no information. */
function isOneCase(s: string): boolean {
  // ß has no one-letter capital, so "MEIßNER" is still a name typed in capitals.
  return !(/\p{Lu}/u.test(s) && /\p{Ll}/u.test(s.replace(/ß/g, "")));
}

/** Capitalises each word of a name typed in one case ("ANNA-LENA O'NEIL" → "Anna-Lena O'Neil"); mixed case is left as the person wrote it. */
export function titleCase(s: string): string {
  if (!isOneCase(s)) return s;
  return s.toLowerCase().replace(/(^|[\s\-'’])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}
