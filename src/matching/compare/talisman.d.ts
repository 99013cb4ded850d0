// talisman ships no type declarations; these cover the two metrics matching uses.
declare module "talisman/metrics/jaro-winkler.js" {
  /** Jaro-Winkler similarity, 0 (nothing alike) to 1 (equal). */
  export default function jaroWinkler(a: string, b: string): number;
}

declare module "talisman/metrics/damerau-levenshtein.js" {
  /** Edits between two strings, a swap of neighbours counting as one. */
  export default function damerauLevenshtein(a: string, b: string): number;
}
