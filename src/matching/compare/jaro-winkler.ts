import similarity from "talisman/metrics/jaro-winkler.js";

/**
 * Jaro-Winkler similarity of two folded strings: forgiving of typos,
 * strongest on shared prefixes as in names. (cmpstr, used before, kept
 * state between comparisons: in a long run about a quarter of its scores
 * depended on which pairs it had compared before.)
 */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  if (!a || !b) return 0;
  return similarity(a, b);
}
