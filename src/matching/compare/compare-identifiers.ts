import { failsIdentifierCheck } from "./identifier-check";
import type { Comparison } from "./level";
import { isTransposition, typingEdits } from "./typing-edits";

/** The country each side's identifier was issued in, as far as the record says. */
export type IdentifierCountries = { left?: string; right?: string };

/**
 * National and tax ids: exact, or one slip apart. Two neighbouring digits
 * swapped is one slip, not Levenshtein's two. Two slips where exactly one
 * number fails its country's check digit are taken for a mistyped copy of
 * the other: a number typed wrong twice still fails its check, while another
 * person's number passes it.
 */
export function compareIdentifiers(field: "nationalId" | "taxId", a: string | undefined, b: string | undefined, countries: IdentifierCountries = {}): Comparison | null {
  if (!a || !b) return null;
  const base = { field, left: a, right: b };
  if (a === b) return { ...base, level: "exact", similarity: 1 };
  const edits = typingEdits(a, b);
  if (edits === 1) return { ...base, level: "oneEdit", similarity: 0.8, note: isTransposition(a, b) ? "two neighbouring characters swapped" : "one character differs" };
  if (edits === 2 && failsIdentifierCheck(field, a, countries.left) !== failsIdentifierCheck(field, b, countries.right)) {
    const typo = failsIdentifierCheck(field, a, countries.left) ? a : b;
    return { ...base, level: "oneEdit", similarity: 0.7, note: `two characters differ and ${typo} fails its check digit: a typo` };
  }
  return { ...base, level: "different", similarity: 0 };
}

/** Countries: weak evidence alone, but a different country lowers the odds of a person match. */
export function compareCountries(a: string | undefined, b: string | undefined): Comparison | null {
  if (!a || !b) return null;
  return { field: "country", left: a, right: b, level: a === b ? "exact" : "different", similarity: a === b ? 1 : 0 };
}
