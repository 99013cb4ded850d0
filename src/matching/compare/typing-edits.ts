import damerauLevenshtein from "talisman/metrics/damerau-levenshtein.js";

/**
 * How many keystrokes apart two strings are, two neighbours swapped counting
 * as one (restricted Damerau-Levenshtein, "optimal string alignment"): the
 * way people mistype, so "Erbecca" is one slip from "Rebecca", not two.
 */
export function typingEdits(a: string, b: string): number {
  return damerauLevenshtein(a, b);
}

/** Whether the two differ only in two neighbouring letters swapped ("Kmi" for "Kim"), a slip that seldom makes another name. */
export function isTransposition(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const at = [...a].findIndex((ch, i) => ch !== b[i]);
  return at >= 0 && at + 1 < a.length && a[at] === b[at + 1] && a[at + 1] === b[at] && a.slice(at + 2) === b.slice(at + 2);
}
