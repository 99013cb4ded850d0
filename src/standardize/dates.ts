import { env } from "@/src/env";
import { monthOf } from "./month-names";

const part = { day: "(\\d{1,2})(?:st|nd|rd|th)?\\.?", month: "(\\p{L}+)\\.?", year: "(\\d{4})" };
const written = [
  { re: new RegExp(`^${part.day}[\\s-]*${part.month}[\\s,-]*${part.year}$`, "u"), d: 1, m: 2, y: 3 },
  { re: new RegExp(`^${part.month}\\s*${part.day},?\\s*${part.year}$`, "u"), d: 2, m: 1, y: 3 },
];

/** The earliest year of birth believed (configurable); older dates are almost always placeholders such as 01.01.1800. */
const EARLIEST_BIRTH_YEAR = env.EARLIEST_BIRTH_YEAR;

type DateParts = { year: number; month: number; day: number };

/** Why a date read from its parts cannot be a date of birth, or null when it can. */
function calendarProblem({ year, month, day }: DateParts): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return "is not a real calendar date";
  if (year < EARLIEST_BIRTH_YEAR) return `lies before ${EARLIEST_BIRTH_YEAR}`;
  if (date.getTime() > Date.now()) return "lies in the future";
  return null;
}

const iso = ({ year, month, day }: DateParts) =>
  `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;

/** Countries that write the month first ("03/04/1980" is March 4): the US and its territories, and the few that follow its habit. */
const monthFirstCountries = new Set(["US", "PR", "GU", "VI", "AS", "MP", "UM", "PH", "FM", "PW", "MH", "BZ"]);

/** The year, month and day a spelling names, before asking whether that day exists; null for a spelling not read. */
function readParts(s: string, country?: string): DateParts | null {
  const ymd = /^(\d{4})(?:([-./])(\d{1,2})\2(\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?|(\d{2})(\d{2}))$/.exec(s);
  if (ymd) return { year: +ymd[1], month: +(ymd[3] ?? ymd[5]), day: +(ymd[4] ?? ymd[6]) };
  const dmy = /^(\d{1,2})([-./])(\d{1,2})\2(\d{4})$/.exec(s);
  if (dmy) {
    const [first, second, year] = [+dmy[1], +dmy[3], +dmy[4]];
    const monthFirst = monthFirstCountries.has(country ?? "") ? !(first > 12 && second <= 12) : second > 12 && first <= 12;
    return monthFirst ? { year, month: first, day: second } : { year, month: second, day: first };
  }
  for (const { re, d, m, y } of written) {
    const w = re.exec(s);
    const month = w && monthOf(w[m]);
    if (w && month) return { year: +w[y], month, day: +w[d] };
  }
  return null;
}

/**
 * Reads a date of birth into ISO `YYYY-MM-DD` from ISO, YYYYMMDD, YYYY/MM/DD,
 * DD.MM.YYYY, D/M/YYYY (day first, as in Europe, or month first in the US
 * and the few countries that write it so; either way the other reading when
 * the first cannot be: "12/25/1980", "25/12/1980"), "12 Mar 1980",
 * "12. März 1980" and "March 12, 1980". A date that does not exist, lies
 * before 1900 or in the future, or has a two-digit year is kept as typed:
 * guessing a century would invent a birthday.
 */
export function standardizeDate(value: string, country?: string): string {
  const parts = readParts(value.trim(), country);
  return parts && !calendarProblem(parts) ? iso(parts) : value;
}

/**
 * Why a value cannot be kept as a date of birth, in words a steward can act
 * on, or null when it can: ingest drops such a value with this as its warning
 * instead of storing "31.02.1990" or "2999-01-01" as if it were a birthday.
 */
export function birthDateProblem(value: string, country?: string): string | null {
  const parts = readParts(value.trim(), country);
  if (!parts) return "is not a date that can be read; give day, month and a four-digit year, such as 1980-03-12";
  return calendarProblem(parts);
}
