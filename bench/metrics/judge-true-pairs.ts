/** One stored record with its answer key, as the metrics need it. */
export type LabelledRecord = {
  id: string;
  entityId: string;
  goldenRecordId: string;
  source: string;
  corruptions: string[];
};

/** What happened to one true pair: merged automatically, proposed to a steward, found by blocking. */
export type JudgedPair = {
  /** corruptions of either record, plus `same-source` for a duplicate inside one system; `exact copy` when there are none */
  kinds: string[];
  merged: boolean;
  mergedOrSuspected: boolean;
  /** null when either record was outside the blocking sample */
  blocked: boolean | null;
};

/** The key of an unordered pair of golden records. */
export const goldenPairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

/** What sets two records of one customer apart, as the miss tables and the error examples name it. */
export function kindsOf(a: LabelledRecord, b: LabelledRecord): string[] {
  const kinds = new Set([...a.corruptions, ...b.corruptions]);
  if (a.source === b.source) kinds.add("same-source");
  return kinds.size ? [...kinds].sort() : ["exact copy"];
}

/**
 * Walks the true pairs only (records of one customer, at most a handful each)
 * and judges each: merged when both share a golden record, suspected when an
 * open suspect joins their two golden records directly (chains through a third
 * golden record are not followed), blocked when either one's candidate lookup
 * returned the other.
 */
export function judgeTruePairs(
  records: readonly LabelledRecord[],
  openSuspects: ReadonlySet<string>,
  candidates: ReadonlyMap<string, ReadonlySet<string>>,
): JudgedPair[] {
  const byEntity = new Map<string, LabelledRecord[]>();
  for (const r of records) byEntity.set(r.entityId, [...(byEntity.get(r.entityId) ?? []), r]);
  const judged: JudgedPair[] = [];
  for (const group of byEntity.values()) {
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const [a, b] = [group[i], group[j]];
        const merged = a.goldenRecordId === b.goldenRecordId;
        const [fromA, fromB] = [candidates.get(a.id), candidates.get(b.id)];
        judged.push({
          kinds: kindsOf(a, b),
          merged,
          mergedOrSuspected: merged || openSuspects.has(goldenPairKey(a.goldenRecordId, b.goldenRecordId)),
          blocked: fromA && fromB ? fromA.has(b.id) || fromB.has(a.id) : null,
        });
      }
    }
  }
  return judged;
}
