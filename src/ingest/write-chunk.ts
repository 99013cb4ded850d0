import { randomUUID } from "node:crypto";
import type postgres from "postgres";
import { sql } from "@/src/db";
import { displayNameOf, type CustomerAttributes, type Lineage } from "@/src/golden/attributes";
import { goldenChangeRows } from "@/src/golden/record-golden-change";
import { resurvive, survive, type Contributor } from "@/src/golden/survivorship";
import type { ChunkPlan, PlannedRecord, Rebuild, Source } from "./plan-chunk";
import { groupBy } from "@/src/group-by";
import { suspectRow } from "./suspect-row";
import { saveSearchNames } from "@/src/matching/blocking/save-search-names";
import { assignKeyColumns, keyColumnTypes } from "@/src/matching/blocking/key-columns-sql";

export type Sql = postgres.TransactionSql;
type Json = Parameters<typeof sql.json>[0];

/** A golden record's rebuild reason, kept short when many records of one chunk join it. */
const summarize = (reasons: readonly string[]) => (reasons.length === 1 ? reasons[0] : `${reasons[0]} and ${reasons.length - 1} more`);

/** Where each golden record now lives: itself, or the survivor a steward merged it into. */
async function followMerges(tx: Sql, ids: readonly string[]): Promise<(id: string) => string> {
  const mergedInto = new Map<string, string>();
  let pending = [...new Set(ids)];
  while (pending.length) {
    const rows = await tx<{ id: string; mergedIntoId: string }[]>`
      SELECT id, "mergedIntoId" FROM "GoldenRecord" WHERE id = ANY(${pending}::text[]) AND "mergedIntoId" IS NOT NULL`;
    const next = rows.filter((r) => !mergedInto.has(r.id));
    for (const r of next) mergedInto.set(r.id, r.mergedIntoId);
    pending = [...new Set(next.map((r) => r.mergedIntoId))];
  }
  return (id) => {
    let at = id;
    while (mergedInto.has(at)) at = mergedInto.get(at)!;
    return at;
  };
}

/**
 * Locks the golden records a chunk rebuilds, in one statement and id order
 * as a steward's merge does, so the two queue instead of deadlocking. A
 * record meant for a golden record merged since matching looked joins the
 * survivor; should a merge land between reading and locking, it goes again.
 */
async function lockFollowingMerges(tx: Sql, rebuilt: readonly string[], others: readonly string[]) {
  for (;;) {
    const resolve = await followMerges(tx, [...rebuilt, ...others]);
    const targets = [...new Set(rebuilt.map(resolve))].sort();
    const locked = await tx<{ mergedIntoId: string | null }[]>`
      SELECT "mergedIntoId" FROM "GoldenRecord" WHERE id = ANY(${targets}::text[]) ORDER BY id FOR NO KEY UPDATE`;
    if (locked.every((g) => g.mergedIntoId === null)) return resolve;
  }
}

const sourceRecordRow = (tx: Sql, r: PlannedRecord, sourceId: string, at: Date) => ({
  id: r.id,
  sourceId,
  externalId: r.externalId,
  raw: tx.json(r.raw as Json),
  standardized: tx.json(r.standardized as Json),
  searchName: r.searchName,
  email: r.email,
  phone: r.phone,
  nationalId: r.nationalId,
  taxId: r.taxId,
  phoneticKey: r.phoneticKey,
  birthKey: r.birthKey,
  mailboxKey: r.mailboxKey,
  homeBirthKey: r.homeBirthKey,
  nameSoundKey: r.nameSoundKey,
  addressKey: r.addressKey,
  sourceUpdatedAt: r.sourceUpdatedAt,
  contentHash: r.contentHash,
  goldenRecordId: r.goldenRecordId,
  createdAt: at,
  updatedAt: at,
});

/** Writes version rows and outbox events of many golden changes, two statements in all. */
async function insertChanges(tx: Sql, changes: ReturnType<typeof goldenChangeRows>[], at: Date) {
  if (!changes.length) return;
  const versions = changes.map(({ version: v }) => ({ ...v, attributes: tx.json(v.attributes as Json), lineage: tx.json(v.lineage as Json), createdAt: at }));
  await tx`INSERT INTO "GoldenRecordVersion" ${tx(versions)}`;
  const events = changes.flatMap(({ event: e }) => (e ? [{ ...e, payload: tx.json(e.payload as Json), createdAt: at }] : []));
  if (events.length) await tx`INSERT INTO "ChangeEvent" ${tx(events)}`;
}

async function createGoldens(tx: Sql, source: Source, plan: ChunkPlan, actor: string, at: Date) {
  if (!plan.created.size) return;
  const members = groupBy(plan.inserts, (r) => r.goldenRecordId);
  const goldens = [...plan.created].map(([id, reason]) => {
    const { attributes, lineage } = survive(
      members.get(id)!.map((r) => ({
        sourceRecordId: r.id,
        source: source.key,
        externalId: r.externalId,
        priority: source.priority,
        sourceUpdatedAt: r.sourceUpdatedAt,
        attributes: r.standardized,
      })),
    );
    return { golden: { id, version: 1, status: "ACTIVE" as const, displayName: displayNameOf(attributes), attributes, lineage }, reason };
  });
  await tx`INSERT INTO "GoldenRecord" ${tx(
    goldens.map(({ golden: g }) => ({ ...g, attributes: tx.json(g.attributes as Json), lineage: tx.json(g.lineage as Json), createdAt: at, updatedAt: at })),
  )}`;
  await insertChanges(tx, goldens.map(({ golden, reason }) => goldenChangeRows(golden, { reason, actor, eventType: "golden.created" })), at);
}

/** Edits in place; a new `seq` puts the edited record among those that chunks looking up candidates meanwhile must still see. */
async function updateSourceRecords(tx: Sql, updates: readonly PlannedRecord[], at: Date) {
  if (!updates.length) return;
  const rows = updates.map(({ goldenRecordId: _, externalId: __, ...r }) => r);
  await tx`
    UPDATE "SourceRecord" s SET raw = v.raw, standardized = v.standardized, ${assignKeyColumns(tx)},
      "sourceUpdatedAt" = v."sourceUpdatedAt", "contentHash" = v."contentHash",
      status = 'ACTIVE', "updatedAt" = ${at}, seq = nextval(pg_get_serial_sequence('"SourceRecord"', 'seq'))
    FROM jsonb_to_recordset(${tx.json(rows as unknown as Json)})
      AS v(id text, raw jsonb, standardized jsonb, ${keyColumnTypes(tx)}, "sourceUpdatedAt" timestamp, "contentHash" text)
    WHERE s.id = v.id`;
}

/** Re-applies survivorship to existing golden records a chunk linked records to or changed records of. */
async function rebuildGoldens(tx: Sql, rebuilt: ReadonlyMap<string, Rebuild>, actor: string, at: Date) {
  if (!rebuilt.size) return;
  const ids = [...rebuilt.keys()];
  const [current, contributors] = await Promise.all([
    tx<{ id: string; version: number; status: "ACTIVE"; attributes: CustomerAttributes; lineage: Lineage }[]>`
      SELECT id, version, status, attributes, lineage FROM "GoldenRecord" WHERE id = ANY(${ids}::text[])`,
    tx<(Contributor & { goldenRecordId: string })[]>`
      SELECT s.id AS "sourceRecordId", s."goldenRecordId", src.key AS source, s."externalId", src.priority,
        s."sourceUpdatedAt" AT TIME ZONE 'UTC' AS "sourceUpdatedAt", s.standardized AS attributes
      FROM "SourceRecord" s JOIN "Source" src ON src.id = s."sourceId"
      WHERE s."goldenRecordId" = ANY(${ids}::text[]) AND s.status = 'ACTIVE'`,
  ]);
  const byGolden = groupBy(contributors, (c) => c.goldenRecordId);
  const changed = current.flatMap((g) => {
    const why = rebuilt.get(g.id)!;
    const next = resurvive(g, byGolden.get(g.id) ?? [], why.force);
    return next ? [{ golden: { ...g, ...next, version: g.version + 1 }, reason: summarize(why.reasons) }] : [];
  });
  if (!changed.length) return;
  await tx`
    UPDATE "GoldenRecord" g SET attributes = v.attributes, lineage = v.lineage, "displayName" = v."displayName",
      version = v.version, "updatedAt" = ${at}
    FROM jsonb_to_recordset(${tx.json(changed.map((c) => c.golden) as unknown as Json)})
      AS v(id text, attributes jsonb, lineage jsonb, "displayName" text, version int)
    WHERE g.id = v.id`;
  await insertChanges(tx, changed.map(({ golden, reason }) => goldenChangeRows(golden, { reason, actor, eventType: "golden.updated" })), at);
}

async function insertSuspects(tx: Sql, plan: ChunkPlan, resolve: (id: string) => string, at: Date) {
  const rows = plan.suspects.flatMap(({ goldenRecordId, scored }) => {
    const [a, b] = [resolve(goldenRecordId), resolve(scored.goldenRecordId)];
    if (a === b) return [];
    const row = suspectRow(a, { ...scored, goldenRecordId: b });
    return [{ id: randomUUID(), ...row, explanation: tx.json(row.explanation as unknown as Json), createdAt: at }];
  });
  if (rows.length) await tx`INSERT INTO "DuplicateSuspect" ${tx(rows)} ON CONFLICT ("leftId", "rightId") DO NOTHING`;
}

/**
 * Writes a planned chunk inside the caller's transaction, as a few multi-row
 * statements: new golden records with version 1 and their created events,
 * the source records, rebuilt golden records with their versions and
 * events, and the suspects.
 */
export async function writeChunk(tx: Sql, opts: { source: Source; plan: ChunkPlan; actor: string }): Promise<void> {
  const { source, plan, actor } = opts;
  // The transaction may have waited for the matching lock; its rows are stamped when they are written, not when it began.
  const at = new Date();
  const resolve = await lockFollowingMerges(tx, [...plan.rebuilt.keys()], plan.suspects.map((s) => s.scored.goldenRecordId));
  const rebuilt = new Map<string, Rebuild>();
  for (const [id, why] of plan.rebuilt) {
    const into = rebuilt.get(resolve(id));
    rebuilt.set(resolve(id), into ? { reasons: [...into.reasons, ...why.reasons], force: into.force || why.force } : why);
  }
  await createGoldens(tx, source, plan, actor, at);
  const inserts = plan.inserts.map((r) => sourceRecordRow(tx, { ...r, goldenRecordId: resolve(r.goldenRecordId) }, source.id, at));
  if (inserts.length) await tx`INSERT INTO "SourceRecord" ${tx(inserts)}`;
  await updateSourceRecords(tx, plan.updates, at);
  await saveSearchNames(tx, [...plan.inserts, ...plan.updates]);
  await rebuildGoldens(tx, rebuilt, actor, at);
  await insertSuspects(tx, plan, resolve, at);
}
