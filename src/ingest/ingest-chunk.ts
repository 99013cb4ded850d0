import type { Principal } from "@/src/auth/principal";
import { sql, type Tx } from "@/src/db";
import { keyColumns, type BlockingKeys } from "@/src/matching/blocking/blocking-keys";
import { BlockingIndex } from "@/src/matching/blocking/blocking-index";
import { findCandidatesByKeys, type Candidate } from "@/src/matching/blocking/find-candidates";
import type { ActiveModel } from "@/src/matching/model/load-active-model";
import { planChunk, type ExistingRecord, type IngestOutcome, type Source } from "./plan-chunk";
import { prepareRecord, type PreparedRecord } from "./prepare-record";
import type { IncomingRecord } from "./record-schema";
import { writeChunk } from "./write-chunk";

/** The advisory lock that lets one chunk at a time decide and write, across every worker. */
const MATCHING_LOCK = 0x60_1d_e0_b0;

type Json = Parameters<Tx["json"]>[0];

async function existingOf(db: Tx | typeof sql, sourceId: string, records: readonly PreparedRecord[]) {
  // The column holds UTC wall time; read as a bare timestamp it would be taken for the process's local time.
  const rows = await db<(ExistingRecord & { externalId: string })[]>`
    SELECT id, "externalId", "contentHash", status, "goldenRecordId", "sourceUpdatedAt" AT TIME ZONE 'UTC' AS "sourceUpdatedAt", "sourceDated"
    FROM "SourceRecord"
    WHERE "sourceId" = ${sourceId} AND "externalId" = ANY(${records.map((r) => r.externalId)}::text[])`;
  return new Map(rows.map((r) => [r.externalId, r]));
}

/**
 * The stored candidates of the records the hub does not hold yet, looked up
 * before taking the lock (the expensive part of matching, so chunks of
 * several workers overlap it), with the insertion mark they were found at.
 */
async function lookUpCandidates(sourceId: string, records: readonly PreparedRecord[]) {
  const [{ since }] = await sql<{ since: string }[]>`SELECT coalesce(max(seq), 0)::text AS since FROM "SourceRecord"`;
  const existing = await existingOf(sql, sourceId, records);
  const fresh = records.flatMap((r, i) => (existing.has(r.externalId) ? [] : [i]));
  const found = await findCandidatesByKeys(fresh.map((i) => records[i]));
  const candidates = new Map(fresh.map((i, k) => [i, found[k]]));
  return { since, candidates };
}

/** Records other chunks stored or edited after `since`, which the candidate lookup could not see; found in memory under the lock. */
async function storedSince(tx: Tx, since: string): Promise<BlockingIndex<Candidate>> {
  const rows = await tx<(Candidate & BlockingKeys)[]>`
    SELECT id AS "sourceRecordId", "goldenRecordId", "sourceId", "externalId", standardized,
      ${tx(keyColumns)}
    FROM "SourceRecord" WHERE seq > ${since}::bigint AND status = 'ACTIVE'`;
  const index = new BlockingIndex<Candidate>();
  for (const row of rows) {
    const { sourceRecordId, goldenRecordId, sourceId, externalId, standardized } = row;
    index.add(row, { sourceRecordId, goldenRecordId, sourceId, externalId, standardized });
  }
  return index;
}

/**
 * Moves the source time of records resent unchanged but newer; their content,
 * keys and golden records stay as they are, so this writes no version.
 */
async function confirmSourceTimes(tx: Tx, confirmed: readonly { id: string; sourceUpdatedAt: Date }[]) {
  if (!confirmed.length) return;
  await tx`
    UPDATE "SourceRecord" s SET "sourceUpdatedAt" = v."sourceUpdatedAt"
    FROM jsonb_to_recordset(${tx.json(confirmed as unknown as Json)}) AS v(id text, "sourceUpdatedAt" timestamp)
    WHERE s.id = v.id AND s."sourceUpdatedAt" < v."sourceUpdatedAt"`;
}

/**
 * Takes a chunk of validated records of one source (no externalId twice)
 * through standardize → block → score → decide → golden records; everything
 * it writes commits in one transaction. Records resent unchanged change
 * nothing, so a retried job is harmless; a record older (by the source's
 * `updatedAt`) than the stored one is counted stale and never applied, so
 * deliveries arriving out of order leave the newest version in place.
 *
 * Chunks decide one at a time: two chunks deciding at once could not see
 * each other's uncommitted records, so a customer arriving from two systems
 * in both would become two golden records (measured on the benchmark: 15
 * points of recall lost). Standardizing and the indexed candidate lookup
 * happen before the lock; under it, the chunk only adds the records stored
 * meanwhile, found in memory, then decides and writes.
 */
export async function ingestChunk(opts: {
  source: Source;
  records: readonly IncomingRecord[];
  /** the model and thresholds to decide with; a batch loads them once */
  matching: Pick<ActiveModel, "model" | "thresholds">;
  /** who the versions and events name: the source the records came from */
  principal: Principal;
  /** runs inside the chunk's transaction with its outcomes and how many suspect pairs it created */
  also?: (tx: Tx, outcomes: IngestOutcome[], written: { suspectPairs: number }) => Promise<unknown>;
}): Promise<IngestOutcome[]> {
  // Two versions of one record in a chunk would both be judged against the stored one; chunksOf never builds such a chunk.
  if (new Set(opts.records.map((r) => r.externalId)).size !== opts.records.length) throw new Error("a chunk holds an externalId twice");
  const records = opts.records.map(prepareRecord);
  const looked = await lookUpCandidates(opts.source.id, records);
  return sql.begin(async (tx) => {
    await tx`SELECT pg_advisory_xact_lock(${MATCHING_LOCK})`;
    const existing = await existingOf(tx, opts.source.id, records);
    const meanwhile = await storedSince(tx, looked.since);
    const candidates = records.map((r, i) => {
      const all = new Map<string, Candidate>();
      for (const c of [...(looked.candidates.get(i) ?? []), ...meanwhile.find(r)]) all.set(c.sourceRecordId, c);
      return [...all.values()];
    });
    const plan = planChunk({ source: opts.source, records, existing, candidates, matching: opts.matching });
    const written = await writeChunk(tx, { source: opts.source, plan, principal: opts.principal });
    // Source rows only after writeChunk locked the golden records, the order stewards' writes take them in too.
    await confirmSourceTimes(tx, plan.confirmed);
    await opts.also?.(tx, plan.outcomes, written);
    return plan.outcomes;
  });
}
