import type { Principal } from "@/src/auth/principal";
import type { Tx } from "@/src/db";
import { toContributor } from "@/src/golden/contributors";
import { GoldenWriter } from "@/src/golden/golden-writer";
import { groupBy } from "@/src/group-by";
import { keyValuesOf } from "@/src/matching/blocking/blocking-keys";
import { assignKeyColumns, keyColumnTypes } from "@/src/matching/blocking/key-columns-sql";
import { saveSearchNames } from "@/src/matching/blocking/save-search-names";
import { statusOf, type ChunkPlan, type PlannedRecord, type Source } from "./plan-chunk";
import { suspectRow } from "./suspect-row";
import { nextSeq } from "@/src/golden/next-seq";

type Json = Parameters<Tx["json"]>[0];

const sourceRecordRow = (tx: Tx, r: PlannedRecord, sourceId: string, at: Date) => ({
  id: r.id,
  sourceId,
  externalId: r.externalId,
  raw: tx.json(r.raw as Json),
  standardized: tx.json(r.standardized as Json),
  warnings: tx.json(r.warnings as Json),
  ...keyValuesOf(r),
  sourceUpdatedAt: r.sourceUpdatedAt,
  sourceDated: r.sourceDated,
  contentHash: r.contentHash,
  status: statusOf(r),
  goldenRecordId: r.goldenRecordId,
  createdAt: at,
  updatedAt: at,
});

/** Edits in place; a new `seq` puts the edited record among those that chunks looking up candidates meanwhile must still see. */
async function updateSourceRecords(tx: Tx, updates: readonly PlannedRecord[], at: Date) {
  if (!updates.length) return;
  const rows = updates.map(({ goldenRecordId: _, externalId: __, ...r }) => ({ ...r, status: statusOf(r) }));
  await tx`
    UPDATE "SourceRecord" s SET raw = v.raw, standardized = v.standardized, warnings = v.warnings, ${assignKeyColumns(tx)},
      "sourceUpdatedAt" = v."sourceUpdatedAt", "sourceDated" = v."sourceDated", "contentHash" = v."contentHash",
      status = v.status::"SourceRecordStatus", "updatedAt" = ${at}, seq = ${nextSeq(tx)}
    FROM jsonb_to_recordset(${tx.json(rows as unknown as Json)})
      AS v(id text, raw jsonb, standardized jsonb, warnings jsonb, ${keyColumnTypes(tx)}, "sourceUpdatedAt" timestamp, "sourceDated" boolean, "contentHash" text, status text)
    WHERE s.id = v.id`;
}

/**
 * The members whose values make a new golden record: the active ones, or,
 * for a customer known only from records its source had deleted, those, so
 * the golden record holds what was known rather than nothing.
 */
function contributorsOf(members: readonly PlannedRecord[]): readonly PlannedRecord[] {
  const active = members.filter((r) => r.active);
  return active.length ? active : members;
}

/**
 * Merges the golden records incoming records showed to be one customer,
 * last, so the merge carries every record and suspect this chunk added. A
 * record merged by an earlier bridge of the chunk is followed to where it
 * went; a pair already one is left alone.
 */
async function mergeBridged(golden: GoldenWriter, bridges: ChunkPlan["bridges"]): Promise<void> {
  const mergedInto = new Map<string, string>();
  const where = (id: string): string => {
    let at = golden.survivorOf(id);
    while (mergedInto.has(at)) at = mergedInto.get(at)!;
    return at;
  };
  for (const b of bridges) {
    const [a, other] = [where(b.goldenRecordId), where(b.otherId)];
    if (a === other) continue;
    const { survivorId, mergedId } = await golden.merge({ aId: a, bId: other, reason: b.reason });
    mergedInto.set(mergedId, survivorId);
  }
}

/**
 * Writes a planned chunk inside the caller's transaction, as a few multi-row
 * statements: the golden records it creates and rebuilds go through the
 * golden-record writer (which locks them and follows merges a steward made
 * since matching looked); the source records point at where their golden
 * record lives now; then the suspects.
 */
export async function writeChunk(tx: Tx, opts: { source: Source; plan: ChunkPlan; principal: Principal; bulk?: boolean }): Promise<{ suspectPairs: number }> {
  const { source, plan } = opts;
  const golden = new GoldenWriter(tx, opts.principal, new Date(), opts.bulk);
  const bridged = plan.bridges.flatMap((b) => [b.goldenRecordId, b.otherId]);
  await golden.lockFollowingMerges([...plan.rebuilt.keys(), ...bridged], plan.suspects.map((s) => s.scored.goldenRecordId));
  const members = groupBy(plan.inserts, (r) => r.goldenRecordId);
  await golden.create([...plan.created].map(([id, reason]) => ({ id, reason, contributors: contributorsOf(members.get(id)!).map((r) => toContributor(r, source)) })));
  const inserts = plan.inserts.map((r) => sourceRecordRow(tx, { ...r, goldenRecordId: golden.survivorOf(r.goldenRecordId) }, source.id, golden.at));
  if (inserts.length) await tx`INSERT INTO "SourceRecord" ${tx(inserts)}`;
  await updateSourceRecords(tx, plan.updates, golden.at);
  await saveSearchNames(tx, [...plan.inserts, ...plan.updates]);
  await golden.rebuild(plan.rebuilt);
  const suspectPairs = await golden.addSuspects(
    plan.suspects.map(({ goldenRecordId, scored }) => suspectRow(golden.survivorOf(goldenRecordId), { ...scored, goldenRecordId: golden.survivorOf(scored.goldenRecordId) })),
  );
  await mergeBridged(golden, plan.bridges);
  return { suspectPairs };
}
