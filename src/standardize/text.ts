import { stripInvisibleFormatting } from "./visible";

/** A run that only UTF-8 read as Latin-1 produces: a lead byte (Â–ô) then a continuation byte (U+0080–U+00BF). */
const mojibake = /[\u00C2-\u00F4][\u0080-\u00BF]/;

/**
 * Text as it was meant when a system stored UTF-8 bytes as Latin-1 letters
 * ("MÃ¼ller", "Ã\u0096mer"): decoded again when that gives clean text,
 * else with any C1 control characters taken out, as they are never meant.
 */
export function repairMojibake(s: string): string {
  if (!mojibake.test(s) && !/[\u0080-\u009F]/.test(s)) return s;
  if (mojibake.test(s) && !/[^\u0000-\u00FF]/.test(s)) {
    const decoded = Buffer.from(s, "latin1").toString("utf8");
    if (!decoded.includes("\uFFFD")) return decoded;
  }
  return s.replace(/[\u0080-\u009F]/g, "");
}

/**
 * Trims, collapses inner whitespace, composes Unicode (NFC) and removes
 * invisible formatting such as zero-width spaces and RTL overrides, so one
 * spelling is stored one way and a value displays as what it says.
 */
export function collapseText(s: string): string {
  return stripInvisibleFormatting(repairMojibake(s).normalize("NFC")).replace(/\s+/g, " ").trim();
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
