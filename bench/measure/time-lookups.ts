import cliProgress from "cli-progress";
import type { CustomerAttributes } from "@/src/golden/attributes";
import { findCandidates } from "@/src/matching/blocking/find-candidates";

export type Lookups = {
  /** for each looked-up record, the source records blocking returned */
  candidates: Map<string, Set<string>>;
  durationsMs: number[];
  candidateCounts: number[];
};

/**
 * Runs blocking for each sampled record against the full store, one at a
 * time so each latency is the query's own and not time spent queueing for a
 * pooled connection.
 */
export async function timeLookups(records: readonly { id: string; standardized: CustomerAttributes }[], label: string): Promise<Lookups> {
  const lookups: Lookups = { candidates: new Map(), durationsMs: [], candidateCounts: [] };
  const bar = new cliProgress.SingleBar(
    { format: `${label} {bar} {value}/{total} lookups | {duration_formatted}`, noTTYOutput: true, notTTYSchedule: 10_000 },
    cliProgress.Presets.shades_classic,
  );
  bar.start(records.length, 0);
  for (const r of records) {
    const started = performance.now();
    const found = await findCandidates(r.standardized, { excludeSourceRecordId: r.id });
    lookups.durationsMs.push(performance.now() - started);
    lookups.candidateCounts.push(found.length);
    lookups.candidates.set(r.id, new Set(found.map((c) => c.sourceRecordId)));
    bar.increment();
  }
  bar.stop();
  return lookups;
}
