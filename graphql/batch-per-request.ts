import type { GraphQLContext } from "./context";

type Batch<V> = { keys: Set<string>; result: Promise<Map<string, V>> };

const batchesOf = new WeakMap<GraphQLContext, Map<string, Batch<unknown>>>();

/**
 * One value of many a request asks for in the same tick, loaded for all of
 * them at once: each record of a page asks for its own (its history, its
 * survivor), and `loadMany` answers every key asked under the same `batch`
 * name in one statement, the way DataLoader batches. Batches live per
 * request, so nothing is cached across requests or users.
 */
export function loadBatched<V>(
  context: GraphQLContext,
  batch: string,
  key: string,
  loadMany: (keys: string[]) => Promise<Map<string, V>>,
): Promise<V | undefined> {
  let batches = batchesOf.get(context);
  if (!batches) batchesOf.set(context, (batches = new Map()));
  let pending = batches.get(batch) as Batch<V> | undefined;
  if (!pending) {
    const fresh: Batch<V> = { keys: new Set(), result: undefined as never };
    // DataLoader's moment: after the promise jobs of this tick, so every sibling resolver has asked.
    fresh.result = Promise.resolve()
      .then(() => new Promise<void>((resolve) => process.nextTick(resolve)))
      .then(() => {
        batches.delete(batch);
        return loadMany([...fresh.keys]);
      });
    batches.set(batch, (pending = fresh) as Batch<unknown>);
  }
  pending.keys.add(key);
  return pending.result.then((found) => found.get(key));
}
