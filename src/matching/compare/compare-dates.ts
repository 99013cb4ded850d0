import { distance } from "fastest-levenshtein";
import type { Comparison } from "./level";

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Dates of birth, forgiving the two errors people make typing them: day and
 * month swapped, and one wrong digit. One wrong digit in the decade of the
 * year has its own level: it is also how a parent and the child named after
 * them differ when the child shares the parent's birthday. A wrong century
 * is a plain typo, since nobody on file was born in 1885.
 * Same year alone is weak evidence.
 */
export function compareDates(a: string | undefined, b: string | undefined): Comparison | null {
  if (!a || !b) return null;
  const base = { field: "dateOfBirth", left: a, right: b };
  if (a === b) return { ...base, level: "exact", similarity: 1 };
  const ma = ISO.exec(a);
  const mb = ISO.exec(b);
  if (ma && mb) {
    if (ma[1] === mb[1] && ma[2] === mb[3] && ma[3] === mb[2]) return { ...base, level: "dayMonthSwapped", similarity: 0.9, note: "day and month swapped" };
    if (distance(a, b) === 1) {
      const gap = Math.abs(Number(ma[1]) - Number(mb[1]));
      if (gap >= 10 && gap < 100) return { ...base, level: "decadeDigit", similarity: 0.5, note: `birth years ${gap} apart by one digit: a typo, or another generation` };
      return { ...base, level: "oneDigit", similarity: 0.9, note: "one digit differs" };
    }
    if (ma[1] === mb[1]) return { ...base, level: "sameYear", similarity: 0.4 };
  }
  return { ...base, level: "different", similarity: 0 };
}
