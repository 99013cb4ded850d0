import type { Lookalike } from "@/bench/generate/types";

/** For each customer built to resemble another: whom, and how they are related. */
export type Relations = ReadonlyMap<string, Lookalike>;

/** How two different customers are related: the look-alike relation if one was built from the other (or both from a third), else unrelated. */
export function relationBetween(a: string, b: string, relations: Relations): string {
  const [ra, rb] = [relations.get(a), relations.get(b)];
  if (ra?.entityId === b) return ra.relation;
  if (rb?.entityId === a) return rb.relation;
  if (ra && rb && ra.entityId === rb.entityId) return ra.relation === rb.relation ? ra.relation : `${ra.relation} & ${rb.relation}`;
  return "unrelated";
}

function entitiesPerGolden(records: Iterable<{ goldenRecordId: string; entityId: string }>): Map<string, Map<string, number>> {
  const table = new Map<string, Map<string, number>>();
  for (const { goldenRecordId, entityId } of records) {
    const row = table.get(goldenRecordId) ?? new Map<string, number>();
    row.set(entityId, (row.get(entityId) ?? 0) + 1);
    table.set(goldenRecordId, row);
  }
  return table;
}

const add = (tally: Record<string, number>, key: string, n: number) => (tally[key] = (tally[key] ?? 0) + n);

/**
 * Wrongly merged record pairs by what the two customers have in common: a
 * precision loss on households says something different from one on
 * unrelated strangers. Only golden records holding several customers are walked.
 */
export function falseMergesByRelation(records: Iterable<{ goldenRecordId: string; entityId: string }>, relations: Relations): Record<string, number> {
  const tally: Record<string, number> = {};
  for (const row of entitiesPerGolden(records).values()) {
    const entities = [...row];
    for (let i = 0; i < entities.length; i++) {
      for (let j = i + 1; j < entities.length; j++) {
        add(tally, relationBetween(entities[i][0], entities[j][0], relations), entities[i][1] * entities[j][1]);
      }
    }
  }
  return tally;
}

/**
 * What stewards are asked about: each open suspect is a real duplicate when
 * its two golden records share a customer, otherwise it is named by the
 * look-alike relation between them, or unrelated.
 */
export function suspectsByTruth(
  records: Iterable<{ goldenRecordId: string; entityId: string }>,
  openSuspects: readonly { leftId: string; rightId: string }[],
  relations: Relations,
): Record<string, number> {
  const table = entitiesPerGolden(records);
  const tally: Record<string, number> = {};
  for (const s of openSuspects) {
    const left = [...(table.get(s.leftId)?.keys() ?? [])];
    const right = [...(table.get(s.rightId)?.keys() ?? [])];
    if (left.some((e) => right.includes(e))) {
      add(tally, "duplicate", 1);
      continue;
    }
    const related = left.flatMap((a) => right.map((b) => relationBetween(a, b, relations))).find((r) => r !== "unrelated");
    add(tally, related ?? "unrelated", 1);
  }
  return tally;
}
