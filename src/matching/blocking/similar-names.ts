import { trigramsOf, TRIGRAM_THRESHOLD } from "./trigram-similarity";

/** A filed name: its trigrams as numbers in ascending order, for a fast merge when comparing. */
type Entry<T> = { grams: Int32Array; item: T };

/**
 * How many of a name's trigrams, rarest first, must be indexed and probed so
 * that any two names at the similarity bar share one of them: a pair at
 * Jaccard ≥ t shares at least ⌈t·n⌉ of each side's n trigrams, so it cannot
 * miss all of one side's first n − ⌈t·n⌉ + 1 (prefix filtering, as in
 * PPJoin). The epsilon keeps 0.6·5 = 3.0000000000000004 from rounding up to
 * a prefix one too short, which would lose pairs.
 */
const prefixLength = (n: number) => n - Math.ceil(TRIGRAM_THRESHOLD * n - 1e-9) + 1;

/** Shared trigrams of two ascending arrays. */
function overlap(a: Int32Array, b: Int32Array): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return shared;
}

/**
 * Names at pg_trgm's similarity bar, found without comparing against every
 * name held: each name is filed under only its rarest few trigrams and a
 * lookup reads only the lists of its own rarest few, skips names too short
 * or too long to reach the bar (Jaccard ≥ t needs t·|a| ≤ |b| ≤ |a|/t), and
 * checks the true similarity of the rest. Finds exactly the names a
 * comparison with all of them would, for any ordering of trigrams; `rarity`
 * (how often each trigram occurs in what will be added) only makes the lists
 * short. Without it, trigrams are ordered as first seen, which is fast
 * enough for a chunk of a few hundred names.
 */
export class SimilarNames<T> {
  private readonly lists = new Map<number, Entry<T>[]>();
  /** each trigram's number: its place in the order rarest first, ties (and trigrams never counted) by first sight */
  private readonly numbers = new Map<string, number>();

  constructor(rarity: ReadonlyMap<string, number> = new Map()) {
    const counted = [...rarity].sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    // Trigrams never counted come after, numbered as they appear: rarity only ever speeds lookups up.
    for (const [gram] of counted) this.numbers.set(gram, this.numbers.size);
  }

  /** How often each trigram occurs among `names`: the ordering that keeps an index of all of them fast. */
  static rarityOf(names: Iterable<string>): Map<string, number> {
    const counts = new Map<string, number>();
    for (const name of names) for (const g of trigramsOf(name)) counts.set(g, (counts.get(g) ?? 0) + 1);
    return counts;
  }

  private encode(name: string): Int32Array {
    const grams = trigramsOf(name);
    const coded = new Int32Array(grams.size);
    let k = 0;
    for (const g of grams) {
      let n = this.numbers.get(g);
      if (n === undefined) {
        n = this.numbers.size;
        this.numbers.set(g, n);
      }
      coded[k++] = n;
    }
    return coded.sort();
  }

  add(name: string, item: T): void {
    const grams = this.encode(name);
    if (grams.length === 0) return;
    const entry = { grams, item };
    for (let k = 0; k < prefixLength(grams.length); k++) {
      const list = this.lists.get(grams[k]);
      if (list) list.push(entry);
      else this.lists.set(grams[k], [entry]);
    }
  }

  /**
   * Every item whose name is at least TRIGRAM_THRESHOLD similar to `name`,
   * or with `limit` only that many, the most similar first, as the indexed
   * lookup caps its name branch.
   */
  find(name: string, into: Set<T> = new Set(), limit = Infinity): Set<T> {
    if (limit === Infinity) return this.findAll(name, into);
    const near: { item: T; similarity: number }[] = [];
    this.findAll(name, new Set(), (item, similarity) => near.push({ item, similarity }));
    near.sort((a, b) => b.similarity - a.similarity);
    for (const n of near.slice(0, limit)) into.add(n.item);
    return into;
  }

  private findAll(name: string, into: Set<T>, seen?: (item: T, similarity: number) => void): Set<T> {
    const grams = this.encode(name);
    if (grams.length === 0) return into;
    const [shortest, longest] = [TRIGRAM_THRESHOLD * grams.length - 1e-9, grams.length / TRIGRAM_THRESHOLD + 1e-9];
    const checked = new Set<Entry<T>>();
    for (let k = 0; k < prefixLength(grams.length); k++) {
      for (const entry of this.lists.get(grams[k]) ?? []) {
        const size = entry.grams.length;
        if (size < shortest || size > longest || checked.has(entry)) continue;
        checked.add(entry);
        const shared = overlap(grams, entry.grams);
        const similarity = shared / (grams.length + size - shared);
        if (similarity < TRIGRAM_THRESHOLD) continue;
        into.add(entry.item);
        seen?.(entry.item, similarity);
      }
    }
    return into;
  }
}
