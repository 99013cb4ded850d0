import { CmpStr } from "cmpstr";

const jw = CmpStr.create().setMetric("jaroWinkler");

/** Folds a value for comparison: accents, case and punctuation never decide a match. */
export function fold(value: string): string {
  return value
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/ß/g, "ss")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** Jaro-Winkler similarity of two folded strings: forgiving of typos, strongest on shared prefixes as in names. */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  if (!a || !b) return 0;
  return jw.compare(a, b) as number;
}
