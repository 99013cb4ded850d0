import { distance } from "fastest-levenshtein";
import type { Comparison } from "./level";

/** National and tax ids: exact, or one keystroke apart (a typo, not another person, when everything else agrees). */
export function compareIdentifiers(field: "nationalId" | "taxId", a: string | undefined, b: string | undefined): Comparison | null {
  if (!a || !b) return null;
  const base = { field, left: a, right: b };
  if (a === b) return { ...base, level: "exact", similarity: 1 };
  if (distance(a, b) === 1) return { ...base, level: "oneEdit", similarity: 0.8, note: "one character differs" };
  return { ...base, level: "different", similarity: 0 };
}

/** Countries: weak evidence alone, but a different country lowers the odds of a person match. */
export function compareCountries(a: string | undefined, b: string | undefined): Comparison | null {
  if (!a || !b) return null;
  return { field: "country", left: a, right: b, level: a === b ? "exact" : "different", similarity: a === b ? 1 : 0 };
}
