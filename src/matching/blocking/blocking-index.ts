import { exactKeys, nameKey, type BlockingKeys } from "./blocking-keys";
import { SimilarNames } from "./similar-names";

type Options<T> = {
  /** trigram counts over the names to be added (SimilarNames.rarityOf), for an index of many thousands */
  nameRarity?: ReadonlyMap<string, number>;
  /**
   * Names the record an item stands for: an item added again under the same
   * name (the record changed) replaces the earlier one wherever that was
   * filed, and `forget` takes it out, so a lookup never sees a record as it
   * no longer is.
   */
  identify?: (item: T) => string;
  /**
   * The indexed lookup's caps (items per exact key, oldest first as an index
   * scan returns them, and the nearest names): for an index holding a whole
   * bulk run, where one shared phone or common name would otherwise bring
   * thousands of candidates a database lookup never would.
   */
  caps?: { perKey: number; perName: number };
};

/**
 * Blocking in memory, by the same keys as the indexed lookup (a shared key,
 * or names at pg_trgm's similarity bar) but without its per-key caps, for
 * the records the database cannot find yet: those of the chunk being
 * matched, those other workers stored while the chunk looked up its
 * candidates, and a bulk run's own.
 */
export class BlockingIndex<T> {
  private readonly byKey = new Map<string, T[]>();
  private readonly names: SimilarNames<T>;
  private readonly latest = new Map<string, T>();
  private readonly forgotten = new Set<string>();

  constructor(private readonly opts: Options<T> = {}) {
    this.names = new SimilarNames<T>(opts.nameRarity);
  }

  add(keys: BlockingKeys, item: T): void {
    if (this.opts.identify) {
      const id = this.opts.identify(item);
      this.latest.set(id, item);
      this.forgotten.delete(id);
    }
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

  /** Takes out the record of that name (with `identify`): it left the source or is no longer active. */
  forget(id: string): void {
    this.latest.delete(id);
    this.forgotten.add(id);
  }

  /** The item last added under that name (with `identify`), if not forgotten since. */
  current(id: string): T | undefined {
    return this.latest.get(id);
  }

  /** Whether the record of that name was forgotten and not added again: it must not be taken from elsewhere either. */
  hasForgotten(id: string): boolean {
    return this.forgotten.has(id);
  }

  private isCurrent(item: T): boolean {
    const identify = this.opts.identify;
    return !identify || this.latest.get(identify(item)) === item;
  }

  /** The distinct items that share a key with `keys` or carry a similar name. */
  find(keys: BlockingKeys): T[] {
    const found = new Set<T>();
    for (const key of exactKeys) {
      const value = keys[key];
      if (value === null) continue;
      const items = this.byKey.get(`${key}\u0000${value}`) ?? [];
      let taken = 0;
      for (const item of items) {
        if (taken >= (this.opts.caps?.perKey ?? Infinity)) break;
        if (this.isCurrent(item)) {
          found.add(item);
          taken++;
        }
      }
    }
    const name = keys[nameKey];
    if (name) this.names.find(name, found, this.opts.caps?.perName);
    return [...found].filter((item) => this.isCurrent(item));
  }
}
