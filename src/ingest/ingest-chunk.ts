import { sql } from "../db";
import { findCandidatesForMany } from "../matching/find-candidates";
import type { ActiveModel } from "../matching/model/load-active-model";
import { planChunk, type ExistingRecord, type IngestOutcome, type Source } from "./plan-chunk";
import { prepareRecord } from "./prepare-record";
import type { IncomingRecord } from "./record-schema";
import { writeChunk, type Sql } from "./write-chunk";

/** The advisory lock that lets one chunk at a time decide and write, across every worker. */
const MATCHING_LOCK = 0x60_1d_e0_b0;

/**
 * Takes a chunk of validated records of one source (no externalId twice)
 * through standardize → block → score → decide → golden records, in one
 * transaction. Records resent unchanged change nothing, so a retried job is
 * harmless.
 *
 * Chunks decide one at a time: two chunks matched at once cannot see each
 * other's uncommitted records, so a customer arriving from two systems in
 * both would become two golden records. Measured on the benchmark, four
 * concurrent chunks lost 15 points of recall and were no faster than one at
 * a time, since matching is bound by the one database. Standardizing happens
 * before the lock is taken.
 */
export async function ingestChunk(opts: {
  source: Source;
  records: readonly IncomingRecord[];
  /** the model and thresholds to decide with; a batch loads them once */
  matching: Pick<ActiveModel, "model" | "thresholds">;
  actor: string;
  /** runs inside the chunk's transaction with its outcomes */
  also?: (tx: Sql, outcomes: IngestOutcome[]) => Promise<unknown>;
}): Promise<IngestOutcome[]> {
  const records = opts.records.map(prepareRecord);
  return sql.begin(async (tx) => {
    await tx`SELECT pg_advisory_xact_lock(${MATCHING_LOCK})`;
    const stored = await tx<(ExistingRecord & { externalId: string })[]>`
      SELECT id, "externalId", "contentHash", status, "goldenRecordId" FROM "SourceRecord"
      WHERE "sourceId" = ${opts.source.id} AND "externalId" = ANY(${records.map((r) => r.externalId)}::text[])`;
    const existing = new Map(stored.map((r) => [r.externalId, r]));
    const fresh = records.map((r, i) => [r, i] as const).filter(([r]) => !existing.has(r.externalId));
    const found = await findCandidatesForMany(fresh.map(([r]) => r.standardized), { db: tx });
    const candidates = records.map(() => [] as (typeof found)[number]);
    fresh.forEach(([, i], k) => (candidates[i] = found[k]));
    const plan = planChunk({ source: opts.source, records, existing, candidates, matching: opts.matching });
    await writeChunk(tx, { source: opts.source, plan, actor: opts.actor });
    await opts.also?.(tx, plan.outcomes);
    return plan.outcomes;
  });
}
