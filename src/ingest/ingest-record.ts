import { randomUUID } from "node:crypto";
import { Prisma, prisma, type Tx } from "../db";
import { displayNameOf, type CustomerAttributes } from "../golden/attributes";
import { lockGoldenRecords } from "../golden/lock-golden-records";
import { rebuildGoldenRecord } from "../golden/rebuild-golden-record";
import { recordGoldenChange } from "../golden/record-golden-change";
import { orderedPair } from "../golden/repoint-suspects";
import { survive } from "../golden/survivorship";
import { decideMatch, type ScoredGolden } from "../matching/decide-match";
import type { ActiveModel } from "../matching/model/load-active-model";
import { entityTypeOf } from "../matching/model/thresholds";
import { findCandidates } from "../matching/find-candidates";
import { blockingKeysOf } from "../matching/blocking-keys";
import { standardizeRecord } from "../matching/standardize-record";
import { contentHash } from "./content-hash";
import type { IncomingRecord } from "./record-schema";

export type IngestOutcome = "created" | "linked" | "suspect" | "updated" | "unchanged";

type Source = { id: string; key: string; priority: number };

type NewSourceRecord = Omit<Prisma.SourceRecordUncheckedCreateInput, "goldenRecordId" | "standardized"> & {
  id: string;
  externalId: string;
  sourceUpdatedAt: Date;
  standardized: CustomerAttributes;
};

const TX = { timeout: 20_000 };

type IngestOptions = {
  source: Source;
  record: IncomingRecord;
  /** the model and thresholds to decide with; a batch loads them once */
  matching: Pick<ActiveModel, "model" | "thresholds">;
  actor: string;
};

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
    if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002") return ingestOnce(opts);
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
    status: "ACTIVE" as const,
  };
  const existing = await prisma.sourceRecord.findUnique({
    where: { sourceId_externalId: { sourceId: source.id, externalId: record.externalId } },
  });
  if (existing) {
    if (existing.contentHash === hash && existing.status === "ACTIVE") return "unchanged";
    await prisma.$transaction(async (tx) => {
      await lockGoldenRecords(tx, [existing.goldenRecordId]);
      const current = await tx.sourceRecord.findUniqueOrThrow({ where: { id: existing.id } });
      await tx.sourceRecord.update({ where: { id: existing.id }, data: fields });
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
  const sourceRecordId = randomUUID();
  const base = { id: sourceRecordId, sourceId: source.id, externalId: record.externalId, ...fields };

  if (decision.kind === "link") {
    const { best } = decision;
    await prisma.$transaction(async (tx) => {
      await lockGoldenRecords(tx, [best.goldenRecordId]);
      const target = await tx.goldenRecord.findUniqueOrThrow({ where: { id: best.goldenRecordId } });
      const goldenRecordId = target.status === "MERGED" && target.mergedIntoId ? target.mergedIntoId : target.id;
      await tx.sourceRecord.create({ data: { ...base, goldenRecordId } });
      await proposeSuspects(tx, goldenRecordId, decision.suspects.filter((s) => s.goldenRecordId !== goldenRecordId));
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

  await prisma.$transaction(async (tx) => {
    const goldenRecordId = await createGoldenFor(tx, source, base, opts.actor);
    if (decision.kind === "review") await proposeSuspects(tx, goldenRecordId, decision.suspects);
  }, TX);
  return decision.kind === "review" ? "suspect" : "created";
}

async function createGoldenFor(
  tx: Tx,
  source: Source,
  record: NewSourceRecord,
  actor: string,
): Promise<string> {
  const { attributes, lineage } = survive([
    {
      sourceRecordId: record.id,
      source: source.key,
      externalId: record.externalId,
      priority: source.priority,
      sourceUpdatedAt: record.sourceUpdatedAt,
      attributes: record.standardized,
    },
  ]);
  const golden = await tx.goldenRecord.create({ data: { attributes, lineage, displayName: displayNameOf(attributes) } });
  await tx.sourceRecord.create({ data: { ...record, goldenRecordId: golden.id } });
  await recordGoldenChange(tx, {
    golden,
    reason: `new customer from ${source.key}/${record.externalId}`,
    actor,
    eventType: "golden.created",
  });
  return golden.id;
}

/** Stores each suspect with its evidence turned to match the pair's left/right order, which the UI shows side by side. */
async function proposeSuspects(tx: Tx, goldenRecordId: string, suspects: ScoredGolden[]): Promise<void> {
  await tx.duplicateSuspect.createMany({
    data: suspects.map((s) => {
      const pair = orderedPair(goldenRecordId, s.goldenRecordId);
      const fields = pair.leftId === goldenRecordId ? s.fields : s.fields.map((f) => ({ ...f, left: f.right, right: f.left }));
      return { ...pair, score: s.score, explanation: { prior: s.prior, modelVersion: s.modelVersion, fields } };
    }),
    skipDuplicates: true,
  });
}
