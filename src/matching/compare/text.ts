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

/** Similarity of word sets, so "Smith John" meets "John Smith" and "Acme Trading" meets "Trading Acme". */
export function tokenSetSimilarity(a: string, b: string): number {
  const ta = new Set(a.split(" ").filter(Boolean));
  const tb = new Set(b.split(" ").filter(Boolean));
  if (!ta.size || !tb.size) return 0;
  let shared = 0;
  for (const t of ta) if (tb.has(t)) shared++;
  return (2 * shared) / (ta.size + tb.size);
}
