import damerauLevenshtein from "talisman/metrics/damerau-levenshtein.js";

/**
 * How many keystrokes apart two strings are, two neighbours swapped counting
 * as one (restricted Damerau-Levenshtein, "optimal string alignment"): the
 * way people mistype, so "Erbecca" is one slip from "Rebecca", not two.
 */
export function typingEdits(a: string, b: string): number {
  return damerauLevenshtein(a, b);
}

/** Whether the two differ only in two neighbouring characters swapped: one slip of the fingers, where Levenshtein counts two edits. */
export function isTransposition(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let at = 0;
  while (at < a.length && a[at] === b[at]) at++;
  return at + 1 < a.length && a[at] === b[at + 1] && a[at + 1] === b[at] && a.slice(at + 2) === b.slice(at + 2);
}

/** Whether the one place two strings differ lies inside them: neither the first nor the last character is involved. */
export function differsInside(a: string, b: string): boolean {
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (suffix < a.length - prefix && suffix < b.length - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix++;
  return prefix > 0 && suffix > 0 && a !== b;
}
