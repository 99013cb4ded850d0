import { randomUUID } from "node:crypto";
import type { Principal } from "@/src/auth/principal";
import { sql, type Tx } from "@/src/db";
import { AppError } from "@/src/errors";
import { displayNameOf, type CustomerAttributes, type Lineage } from "./attributes";
import { insertChanges, type ChangedGolden, type ChangeNote } from "./change-rows";
import { loadContributors } from "./contributors";
import { survivorsOf } from "./follow-merges";
import { carriedOverrides, olderFirst } from "./merge-order";
import { readOverrides, type Overrides } from "./overrides";
import { repointSuspects } from "./repoint-suspects";
import { keepLastKnown, resurvive, survive, type Contributor } from "./survivorship";
import { loadActiveRules, type SurvivorshipRules } from "./survivorship-rules";
import { nextSeq } from "@/src/golden/next-seq";

type Json = Parameters<Tx["json"]>[0];

/** A golden record to create, from the source records that make it up; `data` adds to its `golden.created` event. */
export type NewGolden = { id: string; reason: string; contributors: readonly Contributor[]; data?: Record<string, unknown> };

/** Why an existing golden record is rebuilt; `force` records a version even when survivorship picks the same values (a link, a merge). */
export type GoldenRebuild = { reasons: string[]; force: boolean } & Pick<ChangeNote, "eventType" | "data">;

/** A pair of golden records that may be one customer, stored once (smaller id left) with its evidence. */
export type SuspectPairRow = { leftId: string; rightId: string; score: number; explanation: unknown };

type Locked = { id: string; status: ChangedGolden["status"]; mergedIntoId: string | null; createdAt: Date };

/** Thrown inside a savepoint to give back a round of locks that met a record merged meanwhile. */
const mergedMeanwhile = new Error("a locked golden record was merged meanwhile");

/** A golden record's rebuild reason, kept short when many records of one chunk join it. */
const summarize = (reasons: readonly string[]) => (reasons.length === 1 ? reasons[0] : `${reasons[0]} and ${reasons.length - 1} more`);

/**
 * The one way golden records change. Ingest (thousands of records a chunk)
 * and stewards (one pair) both write through it, on one transaction type and
 * one lock order: golden ids locked in sorted order with NO KEY UPDATE (so
 * inserting a source record or suspect that references a locked record need
 * not wait), merge chains followed once. Every change writes the golden
 * record, its version row and its outbox event together.
 */
export class GoldenWriter {
  private survivors = new Map<string, string>();
  private rules: Promise<{ version: number | null; rules: SurvivorshipRules }> | null = null;

  constructor(
    readonly tx: Tx,
    private readonly principal: Principal,
    /** when the change happened, for every row it writes; ingest makes its writer after waiting for the matching lock */
    readonly at = new Date(),
    /** writing for a bulk run: its events reach subscribers after real-time changes of other customers */
    private readonly bulk = false,
  ) {}

  /**
   * Row-locks golden records in id order, so two transactions locking the
   * same records queue instead of deadlocking. A steward deciding a suspect
   * takes these locks before touching the suspect, the same order as merges
   * and ingest, so a merge and a "not a duplicate" of one pair serialize.
   */
  async lock(ids: readonly string[]): Promise<Locked[]> {
    const sorted = [...new Set(ids)].sort();
    return this.tx<Locked[]>`
      SELECT id, status, "mergedIntoId", "createdAt" FROM "GoldenRecord"
      WHERE id = ANY(${sorted}::text[]) ORDER BY id FOR NO KEY UPDATE`;
  }

  /**
   * Locks the golden records about to change, each where it lives now: a
   * record meant for a golden record merged since matching looked joins the
   * survivor. Should a merge land between following and locking, the round's
   * locks are given back (a savepoint rolled back) before trying again, so
   * locks are only ever taken in sorted order: holding a merged-away record
   * while waiting for its survivor could deadlock with the next merge.
   * `referenced` ids (the other side of new suspects) are followed but not locked.
   */
  async lockFollowingMerges(changing: readonly string[], referenced: readonly string[] = []): Promise<void> {
    for (;;) {
      this.survivors = await survivorsOf(this.tx, [...changing, ...referenced]);
      const targets = changing.map((id) => this.survivorOf(id));
      const settled = await this.tx
        .savepoint(async () => {
          const locked = await this.lock(targets);
          if (locked.some((g) => g.mergedIntoId !== null)) throw mergedMeanwhile;
        })
        .then(
          () => true,
          (err) => {
            if (err === mergedMeanwhile) return false;
            throw err;
          },
        );
      if (settled) return;
    }
  }

  /** Who the writer acts for, as versions and logs name them. */
  get principalLabel(): string {
    return this.principal.label;
  }

  /**
   * The survivorship rules in force, read once per transaction under a SHARE
   * lock held to its commit. Saving rules takes a lock that conflicts with
   * it, so a save waits for every write that read the old rules, and the
   * recompute it starts sees all of them: none can land behind the recompute
   * with the old rules.
   */
  private rulesInForce(): Promise<{ version: number | null; rules: SurvivorshipRules }> {
    this.rules ??= this.tx`LOCK TABLE "SurvivorshipRuleSet" IN SHARE MODE`.then(() => loadActiveRules(this.tx));
    return this.rules;
  }

  private async survivorshipRules(): Promise<SurvivorshipRules> {
    return (await this.rulesInForce()).rules;
  }

  /** The version of the rules this transaction writes with (null: the built-in rules). */
  async rulesVersion(): Promise<number | null> {
    return (await this.rulesInForce()).version;
  }

  /** The record standing for an id followed by `lockFollowingMerges`; new and unknown ids stand for themselves. */
  survivorOf(id: string): string {
    return this.survivors.get(id) ?? id;
  }

  /** New golden records at version 1, each with its version row and `golden.created` event. */
  async create(goldens: readonly NewGolden[]): Promise<void> {
    if (!goldens.length) return;
    const rules = await this.survivorshipRules();
    const created = goldens.map(({ id, reason, contributors, data }) => {
      const { attributes, lineage } = survive(contributors, rules);
      const golden: ChangedGolden = { id, version: 1, status: "ACTIVE", displayName: displayNameOf(attributes), attributes, lineage };
      return { golden, note: { reason, eventType: "golden.created" as const, data } };
    });
    const { tx, at } = this;
    await tx`INSERT INTO "GoldenRecord" ${tx(
      created.map(({ golden: g }) => ({ ...g, attributes: tx.json(g.attributes as Json), lineage: tx.json(g.lineage as Json), createdAt: at, updatedAt: at })),
    )}`;
    await insertChanges(tx, created, this.principal.label, at, this.bulk);
  }

  /**
   * Re-applies survivorship to existing golden records (where they live
   * now) over their active source records, saving a version and an event
   * where the result changed or a version is forced. The caller holds the locks.
   */
  async rebuild(rebuilds: ReadonlyMap<string, GoldenRebuild>): Promise<void> {
    const merged = new Map<string, GoldenRebuild>();
    for (const [id, why] of rebuilds) {
      const at = this.survivorOf(id);
      const into = merged.get(at);
      merged.set(at, into ? { ...into, reasons: [...into.reasons, ...why.reasons], force: into.force || why.force } : why);
    }
    if (!merged.size) return;
    const ids = [...merged.keys()];
    const [current, contributors, rules] = await Promise.all([
      this.tx<(ChangedGolden & { attributes: CustomerAttributes; lineage: Lineage; overrides: unknown })[]>`
        SELECT id, version, status, "displayName", attributes, lineage, overrides FROM "GoldenRecord" WHERE id = ANY(${ids}::text[])`,
      loadContributors(this.tx, ids),
      this.survivorshipRules(),
    ]);
    const results = current.flatMap(({ overrides, ...g }) => {
      const members = contributors.get(g.id) ?? [];
      const force = merged.get(g.id)!.force;
      const next = members.length ? resurvive(g, members, force, readOverrides(overrides), rules) : keepLastKnown(g, force, readOverrides(overrides));
      return next ? [{ g, next }] : [];
    });
    const relabelled = results.filter((r) => r.next.silent).map((r) => ({ id: r.g.id, lineage: r.next.lineage }));
    if (relabelled.length) {
      await this.tx`
        UPDATE "GoldenRecord" g SET lineage = v.lineage FROM jsonb_to_recordset(${this.tx.json(relabelled as unknown as Json)}) AS v(id text, lineage jsonb)
        WHERE g.id = v.id`;
    }
    const changed = results
      .filter((r) => !r.next.silent)
      .map(({ g, next: { silent: _, ...next } }) => {
        const why = merged.get(g.id)!;
        const note = { reason: summarize(why.reasons), eventType: why.eventType ?? ("golden.updated" as const), data: why.data, before: g.attributes };
        return { golden: { ...g, ...next, version: g.version + 1 }, note };
      });
    if (!changed.length) return;
    await this.tx`
      UPDATE "GoldenRecord" g SET attributes = v.attributes, lineage = v.lineage, "displayName" = v."displayName",
        version = v.version, "updatedAt" = ${this.at}
      FROM jsonb_to_recordset(${this.tx.json(changed.map((c) => c.golden) as unknown as Json)})
        AS v(id text, attributes jsonb, lineage jsonb, "displayName" text, version int)
      WHERE g.id = v.id`;
    await insertChanges(this.tx, changed, this.principal.label, this.at, this.bulk);
  }

  /** Replaces a locked golden record's steward overrides; the caller rebuilds it to apply them. */
  async setOverrides(id: string, overrides: Overrides): Promise<void> {
    await this.tx`UPDATE "GoldenRecord" SET overrides = ${this.tx.json(overrides as Json)} WHERE id = ${id}`;
  }

  /** New duplicate suspects; a pair already known (open or decided) is left as it is. Returns how many pairs are new. */
  async addSuspects(rows: readonly SuspectPairRow[]): Promise<number> {
    const { tx, at } = this;
    const fresh = rows.filter((r) => r.leftId !== r.rightId).map((r) => ({ id: randomUUID(), ...r, explanation: tx.json(r.explanation as Json), createdAt: at }));
    if (!fresh.length) return 0;
    const inserted = await tx`INSERT INTO "DuplicateSuspect" ${tx(fresh)} ON CONFLICT ("leftId", "rightId") DO NOTHING`;
    return inserted.count;
  }

  /** Records a steward's decision on a suspect the caller has locked (see `lock`), naming who decided. */
  async decideSuspect(suspectId: string, status: "MERGED" | "NOT_DUPLICATE"): Promise<void> {
    await this.tx`
      UPDATE "DuplicateSuspect" SET status = ${status}, "decidedBy" = ${this.principal.label}, "decidedAt" = ${this.at}
      WHERE id = ${suspectId}`;
  }

  /**
   * Merges two golden records. The older survives, because downstream
   * systems are likelier to hold its id; the other keeps its id for life,
   * marked MERGED and pointing at the survivor, and its suspects move over.
   * Both records' steward overrides carry over (the survivor's first), then
   * `picks` (a steward's choice of values in this merge) over them. What
   * moved is logged in GoldenMerge, so the merge can be undone.
   */
  async merge(opts: { aId: string; bId: string; reason: string; picks?: Overrides }): Promise<{ survivorId: string; mergedId: string }> {
    if (opts.aId === opts.bId) throw new AppError("CONFLICT", "A golden record cannot be merged with itself.");
    const pair = await this.lock([opts.aId, opts.bId]);
    if (pair.length !== 2) throw new AppError("NOT_FOUND", "One of the golden records to merge does not exist.");
    for (const g of pair) {
      if (g.status !== "ACTIVE") throw new AppError("CONFLICT", `Golden record ${g.id} was already merged into ${g.mergedIntoId}.`);
    }
    pair.sort(olderFirst);
    const [survivor, merged] = pair;
    const { tx, at } = this;
    const moved = await tx<{ id: string }[]>`
      UPDATE "SourceRecord" SET "goldenRecordId" = ${survivor.id}, "updatedAt" = ${at}, seq = ${nextSeq(tx)} WHERE "goldenRecordId" = ${merged.id} RETURNING id`;
    const repointed = await tx<{ id: string }[]>`
      UPDATE "GoldenRecord" SET "mergedIntoId" = ${survivor.id}, "updatedAt" = ${at} WHERE "mergedIntoId" = ${merged.id} RETURNING id`;
    const overrides = new Map((await tx<{ id: string; overrides: unknown }[]>`
      SELECT id, overrides FROM "GoldenRecord" WHERE id IN (${survivor.id}, ${merged.id})`).map((r) => [r.id, readOverrides(r.overrides)]));
    const carried = { ...carriedOverrides(overrides.get(survivor.id) ?? {}, overrides.get(merged.id) ?? {}), ...opts.picks };
    if (Object.keys(carried).length) await this.setOverrides(survivor.id, carried);
    await tx`INSERT INTO "GoldenMerge" ${tx({
      id: randomUUID(),
      survivorId: survivor.id,
      mergedId: merged.id,
      sourceRecordIds: moved.map((r) => r.id),
      repointedIds: repointed.map((r) => r.id),
      overridesBefore: tx.json((overrides.get(survivor.id) ?? {}) as Json),
      actor: this.principal.label,
      createdAt: at,
    })}`;
    const [retired] = await tx<ChangedGolden[]>`
      UPDATE "GoldenRecord" SET status = 'MERGED', "mergedIntoId" = ${survivor.id}, version = version + 1, "updatedAt" = ${at}
      WHERE id = ${merged.id} RETURNING id, version, status, "displayName", attributes, lineage`;
    await insertChanges(tx, [{ golden: retired, note: { reason: `merged into ${survivor.id}: ${opts.reason}`, before: retired.attributes } }], this.principal.label, at, this.bulk);
    await repointSuspects(tx, { fromId: merged.id, toId: survivor.id, actor: this.principal.label, at });
    await this.rebuild(
      new Map([[survivor.id, { reasons: [`merged ${merged.id}: ${opts.reason}`], force: true, eventType: "golden.merged", data: { survivorId: survivor.id, mergedIds: [merged.id] } }]]),
    );
    return { survivorId: survivor.id, mergedId: merged.id };
  }
}

/** Runs `work` in one transaction with a writer acting for `principal`: what it changes commits together or not at all. */
export function writeGoldenRecords<T>(principal: Principal, work: (writer: GoldenWriter) => Promise<T>): Promise<T> {
  return sql.begin((tx) => work(new GoldenWriter(tx, principal))) as Promise<T>;
}
