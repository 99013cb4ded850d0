import type { BenchRecord } from "@/bench/generate/types";
import type { LabelledRecord } from "@/bench/metrics/judge-true-pairs";
import type { StoredRecord } from "./load-outcome";

/** A stored record joined to its answer key; the standardized attributes are kept for the blocking lookups and the error examples. */
export type StoredWithTruth = LabelledRecord & Pick<StoredRecord, "standardized" | "externalId">;

/** Joins what Goldenhub stored to the generator's answer key by (source, externalId), the one key both sides share. */
export function labelRecords(stored: readonly StoredRecord[], generated: readonly BenchRecord[]): StoredWithTruth[] {
  const truth = new Map(generated.map((g) => [`${g.source}/${g.externalId}`, g]));
  return stored.flatMap((r) => {
    const g = truth.get(`${r.source}/${r.externalId}`);
    return g ? [{ id: r.id, externalId: r.externalId, entityId: g.entityId, goldenRecordId: r.goldenRecordId, source: r.source, corruptions: g.corruptions, standardized: r.standardized }] : [];
  });
}
