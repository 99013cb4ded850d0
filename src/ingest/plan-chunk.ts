import { randomUUID } from "node:crypto";
import type { GoldenRebuild } from "@/src/golden/golden-writer";
import { BlockingIndex } from "@/src/matching/blocking/blocking-index";
import { decideMatch, type ScoredGolden } from "@/src/matching/decide-match";
import type { Candidate } from "@/src/matching/blocking/find-candidates";
import type { ActiveModel } from "@/src/matching/model/load-active-model";
import { entityTypeOf } from "@/src/matching/model/thresholds";
import type { PreparedRecord } from "./prepare-record";

/** `stale`: the source had already sent a newer version of the record, so this one was recorded and ignored. */
export type IngestOutcome = "created" | "linked" | "suspect" | "updated" | "unchanged" | "stale";

/** `mayHoldDuplicates` defaults to true: most systems do hold some customers twice. */
export type Source = { id: string; key: string; priority: number; mayHoldDuplicates?: boolean };

/** What the hub already holds under an incoming record's (source, externalId); `sourceDated` says whether its time is the source's own. */
export type ExistingRecord = { id: string; contentHash: string; status: string; goldenRecordId: string; sourceUpdatedAt: Date; sourceDated: boolean };

/** The SourceRecord status a record is stored with. */
export const statusOf = (record: { active: boolean }) => (record.active ? "ACTIVE" : "DELETED");

/** A source record to write, with the golden record it belongs to. */
export type PlannedRecord = PreparedRecord & { id: string; goldenRecordId: string };


export type ChunkPlan = {
  outcomes: IngestOutcome[];
  inserts: PlannedRecord[];
  updates: PlannedRecord[];
  /** golden records this chunk creates, with why; their members are the inserts pointing at them */
  created: Map<string, string>;
  /** golden records to rebuild; a link always gets a version, an edit only when survivorship changes */
  rebuilt: Map<string, GoldenRebuild>;
  suspects: { goldenRecordId: string; scored: ScoredGolden }[];
  /** golden records an incoming record showed to be one customer: each `otherId` is merged with its `goldenRecordId` */
  bridges: { goldenRecordId: string; otherId: string; reason: string }[];
};

/**
 * What writeChunk writes, and the stored records resent unchanged with a
 * newer source time: only their time moves, so a delayed older change cannot
 * pass for news.
 */
export type PlannedChunk = ChunkPlan & { confirmed: { id: string; sourceUpdatedAt: Date }[] };

/**
 * Decides every record of a chunk, in order, exactly as if they had arrived
 * one by one: a record sees the stored candidates and, through in-memory
 * blocking, the chunk's earlier records with the golden records those were
 * given. Pure, so the writes can follow as a few multi-row statements.
 */
export function planChunk(opts: {
  source: Source;
  records: readonly PreparedRecord[];
  existing: ReadonlyMap<string, ExistingRecord>;
  /** stored candidates per record; empty for records the hub already holds */
  candidates: readonly (readonly Candidate[])[];
  matching: Pick<ActiveModel, "model" | "thresholds">;
  /**
   * The records decided before this chunk that the database cannot show yet;
   * the chunk adds its own as it decides them. A bulk run passes one index
   * for all its chunks, so each record sees every earlier record of the run.
   */
  earlier?: BlockingIndex<Candidate>;
}): PlannedChunk {
  const { source, records } = opts;
  const plan: PlannedChunk = { outcomes: [], inserts: [], updates: [], confirmed: [], created: new Map(), rebuilt: new Map(), suspects: [], bridges: [] };
  const rebuild = (goldenId: string, reason: string, force: boolean) => {
    const r = plan.rebuilt.get(goldenId) ?? { reasons: [], force: false };
    r.reasons.push(reason);
    r.force ||= force;
    plan.rebuilt.set(goldenId, r);
  };
  const earlier = opts.earlier ?? new BlockingIndex<Candidate>({ identify: (c) => c.sourceRecordId });
  const remember = (p: PlannedRecord) => {
    if (p.active) earlier.add(p, { sourceRecordId: p.id, goldenRecordId: p.goldenRecordId, sourceId: source.id, externalId: p.externalId, standardized: p.standardized });
    else earlier.forget(p.id);
  };

  // Golden records a record of this chunk bridged are one customer for the records after it, as they are once the
  // chunk's merges commit: so a decision does not depend on whether a bridge fell in an earlier chunk or this one.
  const bridgedInto = new Map<string, string>();
  const bridgedTo = (id: string): string => {
    let at = id;
    while (bridgedInto.has(at)) at = bridgedInto.get(at)!;
    return at;
  };
  const asBridged = (c: Candidate): Candidate => (bridgedInto.size && bridgedInto.has(c.goldenRecordId) ? { ...c, goldenRecordId: bridgedTo(c.goldenRecordId) } : c);

  records.forEach((record, i) => {
    const name = `${source.key}/${record.externalId}`;
    const existing = opts.existing.get(record.externalId);
    if (existing) {
      // An undated record carries its arrival time, which says nothing about the order the source changed things in.
      const dated = record.sourceDated;
      const newness = Math.sign(record.sourceUpdatedAt.getTime() - existing.sourceUpdatedAt.getTime());
      const status = statusOf(record);
      if (existing.contentHash === record.contentHash && existing.status === status) {
        if (dated && newness > 0) plan.confirmed.push({ id: existing.id, sourceUpdatedAt: record.sourceUpdatedAt });
        plan.outcomes.push("unchanged");
        return;
      }
      // Equal times are not refused: the source changed the record twice within
      // its clock's resolution, and the later arrival is the best guess.
      // Only two source times can be ordered: against the hub's arrival time of an undated copy (a CSV load) an export older than the load is still news.
      if (dated && existing.sourceDated && newness < 0) {
        plan.outcomes.push("stale");
        return;
      }
      const update = { ...record, id: existing.id, goldenRecordId: existing.goldenRecordId };
      plan.updates.push(update);
      remember(update);
      // A deletion or restore is news even when survivorship picks the same values: subscribers learn the record left or came back.
      if (existing.status === status) rebuild(existing.goldenRecordId, `${name} changed`, false);
      else rebuild(existing.goldenRecordId, record.active ? `${name} restored` : `${name} deleted in its source`, true);
      plan.outcomes.push("updated");
      return;
    }
    const { model, thresholds } = opts.matching;
    // A record decided earlier is scored as decided, not as the database held it before.
    const seen = new Map([...opts.candidates[i], ...earlier.find(record)].map((c) => [c.sourceRecordId, asBridged(c)]));
    const decision = decideMatch(record.standardized, { id: source.id, mayHoldDuplicates: source.mayHoldDuplicates ?? true }, [...seen.values()], thresholds[entityTypeOf(record.standardized)], model);
    const goldenRecordId = decision.kind === "link" ? decision.best.goldenRecordId : randomUUID();
    const insert = { ...record, id: randomUUID(), goldenRecordId };
    remember(insert);
    plan.inserts.push(insert);
    // A record its source had deleted before the hub first saw it is kept and cross-referenced, but contributes no values and raises no suspects.
    const suspects = record.active && decision.kind !== "new" ? decision.suspects : [];
    if (decision.kind === "link") {
      if (!plan.created.has(goldenRecordId)) rebuild(goldenRecordId, `matched ${name} (score ${decision.best.score.toFixed(3)})`, record.active);
      plan.suspects.push(...suspects.map((scored) => ({ goldenRecordId, scored })));
      if (record.active) {
        const why = (b: ScoredGolden) => `${name} matched both (scores ${decision.best.score.toFixed(3)} and ${b.score.toFixed(3)})`;
        plan.bridges.push(...decision.bridged.map((b) => ({ goldenRecordId, otherId: b.goldenRecordId, reason: why(b) })));
        for (const b of decision.bridged) if (bridgedTo(b.goldenRecordId) !== goldenRecordId) bridgedInto.set(bridgedTo(b.goldenRecordId), goldenRecordId);
      }
      plan.outcomes.push("linked");
      return;
    }
    plan.created.set(goldenRecordId, record.active ? `new customer from ${name}` : `customer from ${name}, deleted in its source`);
    if (decision.kind === "review") plan.suspects.push(...suspects.map((scored) => ({ goldenRecordId, scored })));
    plan.outcomes.push(decision.kind === "review" && record.active ? "suspect" : "created");
  });
  return plan;
}
