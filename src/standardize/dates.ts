import { monthOf } from "./month-names";

const part = { day: "(\\d{1,2})(?:st|nd|rd|th)?\\.?", month: "(\\p{L}+)\\.?", year: "(\\d{4})" };
const written = [
  { re: new RegExp(`^${part.day}[\\s-]*${part.month}[\\s,-]*${part.year}$`, "u"), d: 1, m: 2, y: 3 },
  { re: new RegExp(`^${part.month}\\s*${part.day},?\\s*${part.year}$`, "u"), d: 2, m: 1, y: 3 },
];

/** A calendar date in ISO form if it exists, lies after 1900 and is not in the future; null otherwise. */
function isoDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  if (year < 1900 || date.getTime() > Date.now()) return null;
  return date.toISOString().slice(0, 10);
}

function readDate(s: string): string | null {
  const ymd = /^(\d{4})(?:([-./])(\d{1,2})\2(\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?|(\d{2})(\d{2}))$/.exec(s);
  if (ymd) return isoDate(+ymd[1], +(ymd[3] ?? ymd[5]), +(ymd[4] ?? ymd[6]));
  const dmy = /^(\d{1,2})([-./])(\d{1,2})\2(\d{4})$/.exec(s);
  if (dmy) {
    const [first, second, year] = [+dmy[1], +dmy[3], +dmy[4]];
    return second > 12 && first <= 12 ? isoDate(year, first, second) : isoDate(year, second, first);
  }
  for (const { re, d, m, y } of written) {
    const w = re.exec(s);
    const month = w && monthOf(w[m]);
    if (w && month) return isoDate(+w[y], month, +w[d]);
  }
  return null;
}

/**
 * Reads a date of birth into ISO `YYYY-MM-DD` from ISO, YYYYMMDD, YYYY/MM/DD,
 * DD.MM.YYYY, D/M/YYYY (day first, as in Europe; read month first only when
 * the second number cannot be a month: "12/25/1980"), "12 Mar 1980",
 * "12. März 1980" and "March 12, 1980". A date that does not exist, lies
 * before 1900 or in the future, or has a two-digit year is kept as typed:
 * guessing a century would invent a birthday.
 */
export function standardizeDate(value: string): string {
  return readDate(value.trim()) ?? value;
}
