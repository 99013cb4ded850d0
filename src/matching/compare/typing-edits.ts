import damerauLevenshtein from "talisman/metrics/damerau-levenshtein.js";

/**
 * How many keystrokes apart two strings are, two neighbours swapped counting
 * as one (restricted Damerau-Levenshtein, "optimal string alignment"): the
 * way people mistype, so "Erbecca" is one slip from "Rebecca", not two.
 */
export function typingEdits(a: string, b: string): number {
  return damerauLevenshtein(a, b);
}
