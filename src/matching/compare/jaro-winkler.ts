import { CmpStr } from "cmpstr";

const jw = CmpStr.create().setMetric("jaroWinkler");

/** Jaro-Winkler similarity of two folded strings: forgiving of typos, strongest on shared prefixes as in names. */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  if (!a || !b) return 0;
  return jw.compare(a, b) as number;
}
