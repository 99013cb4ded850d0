import { exactKeys, nameKey, type BlockingKeys } from "./blocking-keys";
import { SimilarNames } from "./similar-names";

/**
 * Blocking in memory, by the same keys as the indexed lookup (a shared key,
 * or names at pg_trgm's similarity bar) but without its per-key caps, for
 * the few records the database cannot find yet: those of the chunk being matched, and those other workers stored
 * while the chunk looked up its candidates.
 */
export class BlockingIndex<T> {
  private readonly byKey = new Map<string, T[]>();
  private readonly names: SimilarNames<T>;

  /** `nameRarity`: trigram counts over the names to be added (SimilarNames.rarityOf), for an index of many thousands. */
  constructor(nameRarity?: ReadonlyMap<string, number>) {
    this.names = new SimilarNames<T>(nameRarity);
  }

  add(keys: BlockingKeys, item: T): void {
    for (const key of exactKeys) {
      const value = keys[key];
      if (value === null) continue;
      const slot = `${key}\u0000${value}`;
      const items = this.byKey.get(slot);
      if (items) items.push(item);
      else this.byKey.set(slot, [item]);
    }
    const name = keys[nameKey];
    if (name) this.names.add(name, item);
  }

  /** The distinct items that share a key with `keys` or carry a similar name. */
  find(keys: BlockingKeys): T[] {
    const found = new Set<T>();
    for (const key of exactKeys) {
      const value = keys[key];
      if (value !== null) for (const item of this.byKey.get(`${key}\u0000${value}`) ?? []) found.add(item);
    }
    const name = keys[nameKey];
    if (name) this.names.find(name, found);
    return [...found];
  }
}
