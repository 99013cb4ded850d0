import { randomUUID } from "node:crypto";
import { Prisma, prisma, sql } from "../db";
import { lockGoldenRecords } from "../golden/lock-golden-records";
import { rebuildGoldenRecord } from "../golden/rebuild-golden-record";
import { blockingKeysOf } from "../matching/blocking-keys";
import { decideMatch } from "../matching/decide-match";
import { findCandidates } from "../matching/find-candidates";
import type { ActiveModel } from "../matching/model/load-active-model";
import { entityTypeOf } from "../matching/model/thresholds";
import { standardizeRecord } from "../matching/standardize-record";
import { contentHash } from "./content-hash";
import { createGoldenForRecord, type NewSourceRecord } from "./create-golden-for-record";
import type { IncomingRecord } from "./record-schema";
import { suspectRow } from "./suspect-row";

export type IngestOutcome = "created" | "linked" | "suspect" | "updated" | "unchanged";

type Source = { id: string; key: string; priority: number };

const TX = { timeout: 20_000 };

type IngestOptions = {
  source: Source;
  record: IncomingRecord;
  /** the model and thresholds to decide with; a batch loads them once */
  matching: Pick<ActiveModel, "model" | "thresholds">;
  actor: string;
};

/** A unique-key violation from either database client: another worker inserted the same record first. */
const isDuplicateKey = (err: unknown) =>
  (err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002") || (err as { code?: string }).code === "23505";

/**
 * Takes one validated record of one source through standardize → match →
 * golden record. Every golden change commits with its version and event; a
 * record resent unchanged changes nothing, so retried jobs are harmless. When
 * two workers take in the same new record at once, the loser of the race on
 * (source, externalId) rolls back and goes again as an update of the winner's.
 */
export async function ingestRecord(opts: IngestOptions): Promise<IngestOutcome> {
  try {
    return await ingestOnce(opts);
  } catch (err) {
    if (isDuplicateKey(err)) return ingestOnce(opts);
    throw err;
  }
}

async function ingestOnce(opts: IngestOptions): Promise<IngestOutcome> {
  const { source, record } = opts;
  const standardized = standardizeRecord(record.attributes);
  const hash = contentHash(record.attributes);
  const fields = {
    raw: record.attributes,
    standardized,
    ...blockingKeysOf(standardized),
    sourceUpdatedAt: record.updatedAt ? new Date(record.updatedAt) : new Date(),
    contentHash: hash,
  };
  const [existing] = await sql<{ id: string; contentHash: string; status: string; goldenRecordId: string }[]>`
    SELECT id, "contentHash", status, "goldenRecordId" FROM "SourceRecord"
    WHERE "sourceId" = ${source.id} AND "externalId" = ${record.externalId}`;
  if (existing) {
    if (existing.contentHash === hash && existing.status === "ACTIVE") return "unchanged";
    await prisma.$transaction(async (tx) => {
      await lockGoldenRecords(tx, [existing.goldenRecordId]);
      const current = await tx.sourceRecord.findUniqueOrThrow({ where: { id: existing.id } });
      await tx.sourceRecord.update({ where: { id: existing.id }, data: { ...fields, status: "ACTIVE" } });
      await rebuildGoldenRecord(tx, {
        goldenId: current.goldenRecordId,
        reason: `${source.key}/${record.externalId} changed`,
        actor: opts.actor,
        eventType: "golden.updated",
      });
    }, TX);
    return "updated";
  }

  const candidates = await findCandidates(standardized);
  const { model, thresholds } = opts.matching;
  const decision = decideMatch(standardized, source.id, candidates, thresholds[entityTypeOf(standardized)], model);
  const base: NewSourceRecord = { id: randomUUID(), sourceId: source.id, externalId: record.externalId, ...fields };

  if (decision.kind === "link") {
    const { best } = decision;
    await prisma.$transaction(async (tx) => {
      await lockGoldenRecords(tx, [best.goldenRecordId]);
      const target = await tx.goldenRecord.findUniqueOrThrow({ where: { id: best.goldenRecordId } });
      const goldenRecordId = target.status === "MERGED" && target.mergedIntoId ? target.mergedIntoId : target.id;
      await tx.sourceRecord.create({ data: { ...base, goldenRecordId } });
      const others = decision.suspects.filter((s) => s.goldenRecordId !== goldenRecordId);
      await tx.duplicateSuspect.createMany({ data: others.map((s) => suspectRow(goldenRecordId, s)), skipDuplicates: true });
      await rebuildGoldenRecord(tx, {
        goldenId: goldenRecordId,
        reason: `matched ${source.key}/${record.externalId} (score ${best.score.toFixed(3)})`,
        actor: opts.actor,
        eventType: "golden.updated",
        force: true,
      });
    }, TX);
    return "linked";
  }

  const suspects = decision.kind === "review" ? decision.suspects : [];
  await createGoldenForRecord({ source, record: base, suspects, actor: opts.actor });
  return decision.kind === "review" ? "suspect" : "created";
}
