import type { Principal } from "@/src/auth/principal";
import { isDeepStrictEqual } from "node:util";
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

type StoredRow = Candidate & BlockingKeys & { seq: string; active: boolean };

/**
 * What changed after `since` (records stored, edited, deleted, or moved to
 * another golden record by a merge, unmerge or split), which the candidate
 * lookup before the lock could not see; read under the lock. `upTo` is the
 * newest change, where a bulk run's next chunk reads from.
 */
async function changedSince(tx: Tx, since: string): Promise<{ rows: StoredRow[]; upTo: string }> {
  const rows = await tx<StoredRow[]>`
    SELECT id AS "sourceRecordId", "goldenRecordId", "sourceId", "externalId", standardized, seq::text, status = 'ACTIVE' AS active,
      ${tx(keyColumns)}
    FROM "SourceRecord" WHERE seq > ${since}::bigint`;
  let upTo = BigInt(since);
  for (const row of rows) if (BigInt(row.seq) > upTo) upTo = BigInt(row.seq);
  return { rows, upTo: upTo.toString() };
}

const asCandidate = ({ sourceRecordId, goldenRecordId, sourceId, externalId, standardized }: Candidate): Candidate => ({ sourceRecordId, goldenRecordId, sourceId, externalId, standardized });

/**
 * Brings memory up to what changed: a record that left is forgotten, one
 * that moved to another golden record is moved, and one stored or edited by
 * someone else is filed as it is now. A bulk run's memory keeps these for
 * its later chunks; a lone chunk's lasts for the chunk.
 */
function takeIn(memory: BlockingIndex<Candidate>, changed: readonly StoredRow[]): void {
  for (const row of changed) {
    if (!row.active) {
      memory.forget(row.sourceRecordId);
      continue;
    }
    const known = memory.current(row.sourceRecordId);
    if (known && isDeepStrictEqual(known.standardized, row.standardized)) known.goldenRecordId = row.goldenRecordId;
    else memory.add(row, asCandidate(row));
  }
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

/** What a chunk is decided with, besides its records: see decideChunk. */
export type ChunkContext = {
  source: Source;
  /** the model and thresholds to decide with; a batch loads them once */
  matching: Pick<ActiveModel, "model" | "thresholds">;
  /** who the versions and events name: the source the records came from */
  principal: Principal;
  /** runs inside the chunk's transaction with its outcomes and how many suspect pairs it created */
  also?: (tx: Tx, outcomes: IngestOutcome[], written: { suspectPairs: number }) => Promise<unknown>;
  /** decided by a bulk run: its events reach subscribers after real-time changes */
  bulk?: boolean;
};

/**
 * The part of ingest that holds the matching lock: reads what the source
 * already holds, adds the records stored since `since` to the candidates
 * looked up before, decides in order and writes. `earlier` is a bulk run's
 * memory of the records it decided (see planChunk). Resolves to the outcomes
 * and the newest record seen, for a bulk run's next chunk to look from.
 */
export async function decideChunk(
  tx: Tx,
  opts: ChunkContext & { records: readonly PreparedRecord[]; stored: ReadonlyMap<number, readonly Candidate[]>; since: string; earlier?: BlockingIndex<Candidate> },
): Promise<{ outcomes: IngestOutcome[]; upTo: string }> {
  const { records } = opts;
  await tx`SELECT pg_advisory_xact_lock(${MATCHING_LOCK})`;
  const existing = await existingOf(tx, opts.source.id, records);
  const changed = await changedSince(tx, opts.since);
  const memory = opts.earlier ?? new BlockingIndex<Candidate>({ identify: (c) => c.sourceRecordId });
  takeIn(memory, changed.rows);
  // Looked up before the lock, so possibly gone since; what changed is in memory, which planChunk reads after these.
  const candidates = records.map((_, i) => (opts.stored.get(i) ?? []).filter((c) => !memory.hasForgotten(c.sourceRecordId)));
  const plan = planChunk({ source: opts.source, records, existing, candidates, matching: opts.matching, earlier: memory });
  const written = await writeChunk(tx, { source: opts.source, plan, principal: opts.principal, bulk: opts.bulk });
  // Source rows only after writeChunk locked the golden records, the order stewards' writes take them in too.
  await confirmSourceTimes(tx, plan.confirmed);
  await opts.also?.(tx, plan.outcomes, written);
  return { outcomes: plan.outcomes, upTo: changed.upTo };
}

/**
 * The stored candidates of a chunk's records the hub does not hold yet,
 * looked up before taking the lock (the expensive part of matching, so
 * chunks of several workers overlap it), with the insertion mark they were
 * found at: records stored after it are found under the lock.
 */
export async function lookUpCandidates(sourceId: string, records: readonly PreparedRecord[]): Promise<{ since: string; stored: Map<number, Candidate[]> }> {
  const [{ since }] = await sql<{ since: string }[]>`SELECT coalesce(max(seq), 0)::text AS since FROM "SourceRecord"`;
  const existing = await existingOf(sql, sourceId, records);
  const fresh = records.flatMap((r, i) => (existing.has(r.externalId) ? [] : [i]));
  const found = await findCandidatesByKeys(fresh.map((i) => records[i]));
  return { since, stored: new Map(fresh.map((i, k) => [i, found[k]])) };
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
export async function ingestChunk(opts: ChunkContext & { records: readonly IncomingRecord[] }): Promise<IngestOutcome[]> {
  // Two versions of one record in a chunk would both be judged against the stored one; chunksOf never builds such a chunk.
  if (new Set(opts.records.map((r) => r.externalId)).size !== opts.records.length) throw new Error("a chunk holds an externalId twice");
  const records = opts.records.map(prepareRecord);
  const looked = await lookUpCandidates(opts.source.id, records);
  const decided = await sql.begin((tx) => decideChunk(tx, { ...opts, records, stored: looked.stored, since: looked.since }));
  return decided.outcomes;
}
