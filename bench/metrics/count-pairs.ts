/** Records grouped twice: by the golden record Goldenhub put them in, then by the true customer. */
export type Contingency = Map<string, Map<string, number>>;

export type PairCounts = {
  /** pairs of records that share a golden record */
  predicted: number;
  /** pairs of records that belong to one true customer */
  truth: number;
  /** pairs that are both */
  agreed: number;
};

/** Unordered pairs among n records. */
export const pairsOf = (n: number) => (n * (n - 1)) / 2;

/** Builds the golden × entity table from each record's golden record and true customer. */
export function buildContingency(records: Iterable<{ goldenRecordId: string; entityId: string }>): Contingency {
  const table: Contingency = new Map();
  for (const { goldenRecordId, entityId } of records) {
    const row = table.get(goldenRecordId) ?? new Map<string, number>();
    row.set(entityId, (row.get(entityId) ?? 0) + 1);
    table.set(goldenRecordId, row);
  }
  return table;
}

/**
 * Pair counts from cell, row and column totals: n records have n²/2 pairs,
 * far too many to list, but a pair agrees exactly when both records fall in
 * one cell, so sums of pairsOf over cells, rows and columns give the counts.
 */
export function countPairs(table: Contingency): PairCounts {
  let predicted = 0;
  let agreed = 0;
  const perEntity = new Map<string, number>();
  for (const row of table.values()) {
    let inGolden = 0;
    for (const [entityId, n] of row) {
      inGolden += n;
      agreed += pairsOf(n);
      perEntity.set(entityId, (perEntity.get(entityId) ?? 0) + n);
    }
    predicted += pairsOf(inGolden);
  }
  let truth = 0;
  for (const n of perEntity.values()) truth += pairsOf(n);
  return { predicted, truth, agreed };
}
