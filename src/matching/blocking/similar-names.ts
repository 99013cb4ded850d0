import { trigramSimilarity, trigramsOf, TRIGRAM_THRESHOLD } from "./trigram-similarity";

type Entry<T> = { grams: Set<string>; item: T };

/**
 * How many of a name's trigrams, rarest first, must be indexed and probed so
 * that any two names at the similarity bar share one of them: a pair at
 * Jaccard ≥ t shares at least ⌈t·n⌉ of each side's n trigrams, so it cannot
 * miss all of one side's first n − ⌈t·n⌉ + 1 (prefix filtering, as in
 * PPJoin). The epsilon keeps 0.6·5 = 3.0000000000000004 from rounding up to
 * a prefix one too short, which would lose pairs.
 */
const prefixLength = (n: number) => n - Math.ceil(TRIGRAM_THRESHOLD * n - 1e-9) + 1;

/**
 * Names at pg_trgm's similarity bar, found without comparing against every
 * name held: each name is filed under only its rarest few trigrams and a
 * lookup reads only the lists of its own rarest few, then checks the true
 * similarity. Finds exactly the names a comparison with all of them would,
 * for any ordering of trigrams; `rarity` (how often each trigram occurs in
 * what will be added) only makes the lists short. Without it a chunk of a
 * few hundred names orders trigrams alphabetically, which is fast enough.
 */
export class SimilarNames<T> {
  private readonly lists = new Map<string, Entry<T>[]>();

  constructor(private readonly rarity: ReadonlyMap<string, number> = new Map()) {}

  /** How often each trigram occurs among `names`: the ordering that keeps an index of all of them fast. */
  static rarityOf(names: Iterable<string>): Map<string, number> {
    const counts = new Map<string, number>();
    for (const name of names) for (const g of trigramsOf(name)) counts.set(g, (counts.get(g) ?? 0) + 1);
    return counts;
  }

  private prefix(grams: Set<string>): string[] {
    const rank = (g: string) => this.rarity.get(g) ?? 0;
    const sorted = [...grams].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
    return sorted.slice(0, prefixLength(sorted.length));
  }

  add(name: string, item: T): void {
    const grams = trigramsOf(name);
    if (grams.size === 0) return;
    const entry = { grams, item };
    for (const g of this.prefix(grams)) {
      const list = this.lists.get(g);
      if (list) list.push(entry);
      else this.lists.set(g, [entry]);
    }
  }

  /** Every item whose name is at least TRIGRAM_THRESHOLD similar to `name`. */
  find(name: string, into: Set<T> = new Set()): Set<T> {
    const grams = trigramsOf(name);
    if (grams.size === 0) return into;
    const checked = new Set<Entry<T>>();
    for (const g of this.prefix(grams)) {
      for (const entry of this.lists.get(g) ?? []) {
        if (checked.has(entry)) continue;
        checked.add(entry);
        if (trigramSimilarity(grams, entry.grams) >= TRIGRAM_THRESHOLD) into.add(entry.item);
      }
    }
    return into;
  }
}
