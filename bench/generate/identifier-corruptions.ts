import type { Faker } from "@faker-js/faker";
import { rewriteOneOf, type Corruption } from "./corruption";

/** Two neighbouring digits keyed in the wrong order; null when no two neighbours differ. */
export function swapAdjacentDigits(f: Faker, s: string): string | null {
  const at = [...s].flatMap((c, i) => (/\d/.test(c) && /\d/.test(s[i + 1] ?? "") && c !== s[i + 1] ? [i] : []));
  if (!at.length) return null;
  const i = f.helpers.arrayElement(at);
  return s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2);
}

/** One digit keyed as another. */
export function replaceOneDigit(f: Faker, s: string): string | null {
  const at = [...s].flatMap((c, i) => (/\d/.test(c) ? [i] : []));
  if (!at.length) return null;
  const i = f.helpers.arrayElement(at);
  return s.slice(0, i) + String((Number(s[i]) + f.number.int({ min: 1, max: 9 })) % 10) + s.slice(i + 1);
}

/**
 * The two slips a check digit exists to catch, kept apart so the miss table
 * says which one the matcher forgives: a transposition keeps every digit, a
 * replaced digit does not.
 */
export const identifierCorruptions: Corruption[] = [
  { kind: "id:adjacent-swap", weight: 2, apply: (a, { f }) => rewriteOneOf(f, a, ["nationalId", "taxId"], (v) => swapAdjacentDigits(f, v)) },
  { kind: "id:digit-replaced", weight: 2, apply: (a, { f }) => rewriteOneOf(f, a, ["nationalId", "taxId"], (v) => replaceOneDigit(f, v)) },
];
