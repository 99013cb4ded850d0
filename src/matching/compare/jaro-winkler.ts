import similarity from "talisman/metrics/jaro-winkler.js";

/**
 * Jaro-Winkler similarity of two folded strings: forgiving of typos,
 * strongest on shared prefixes as in names. (cmpstr, used before, caches
 * results under a weak hash of both strings and answered about a quarter of
 * the name comparisons in a long run with another pair's score.)
 */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  if (!a || !b) return 0;
  return similarity(a, b);
}
