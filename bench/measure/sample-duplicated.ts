import { Faker, base } from "@faker-js/faker";

/**
 * Up to `limit` records taken whole customer by whole customer, from
 * customers held more than once, so every true pair in the sample has both of
 * its lookups. Seeded, so a rerun samples the same customers.
 */
export function sampleDuplicated<R extends { entityId: string }>(records: readonly R[], limit: number, seed: number): R[] {
  const byEntity = new Map<string, R[]>();
  for (const r of records) byEntity.set(r.entityId, [...(byEntity.get(r.entityId) ?? []), r]);
  const f = new Faker({ locale: base });
  f.seed(seed);
  const groups = f.helpers.shuffle([...byEntity.values()].filter((g) => g.length > 1));
  const sample: R[] = [];
  for (const group of groups) {
    if (sample.length + group.length > limit) break;
    sample.push(...group);
  }
  return sample;
}
