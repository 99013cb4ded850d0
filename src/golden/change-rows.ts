import { randomUUID } from "node:crypto";
import type { GoldenRecordStatus } from "@/prisma/generated/client";
import type { Tx } from "@/src/db";
import { entityTypeOf } from "@/src/matching/model/thresholds";
import { attributeNames, type AttributeName, type CustomerAttributes, type Lineage } from "./attributes";

export type EventType = "golden.created" | "golden.updated" | "golden.merged" | "golden.unmerged";

type Json = Parameters<Tx["json"]>[0];

/** A golden record as it stands after a change, which its version row and event describe. */
export type ChangedGolden = {
  id: string;
  version: number;
  status: GoldenRecordStatus;
  displayName: string;
  attributes: unknown;
  lineage: unknown;
};

/**
 * Why a golden record changed, and whether (and how) subscribers are told.
 * `before` is the record's attributes before the change (none for a new
 * record), so the event can name the attributes that changed.
 */
export type ChangeNote = { reason: string; eventType?: EventType; data?: Record<string, unknown>; before?: unknown };

/** The attributes whose value differs between two states of a golden record, in the canonical order. */
export function changedAttributes(before: unknown, after: unknown): AttributeName[] {
  const a = (before ?? {}) as CustomerAttributes;
  const b = (after ?? {}) as CustomerAttributes;
  return attributeNames.filter((n) => (a[n] ?? null) !== (b[n] ?? null));
}

/**
 * What subscribers receive as `data` of a change event: the golden record as
 * it now stands, why it changed, and what subscriber filters match on (its
 * entity type, the attributes that changed, the sources its values come from).
 */
function changeEventPayload(golden: ChangedGolden, note: ChangeNote) {
  const attributes = (golden.attributes ?? {}) as CustomerAttributes;
  const sources = [...new Set(Object.values((golden.lineage ?? {}) as Lineage).map((l) => l?.source).filter((s): s is string => !!s))].sort();
  return {
    goldenRecordId: golden.id,
    version: golden.version,
    status: golden.status,
    displayName: golden.displayName,
    entityType: entityTypeOf(attributes),
    attributes,
    changedAttributes: changedAttributes(note.before, attributes),
    sources,
    reason: note.reason,
    ...note.data,
  };
}

/**
 * Writes the version rows and outbox events of many golden changes, two
 * statements in all, inside the writer's transaction: a change is never
 * committed without its history and its event, nor published without the change.
 * `bulk` marks the events of a bulk run, which subscribers get after real-time changes.
 */
export async function insertChanges(tx: Tx, changes: readonly { golden: ChangedGolden; note: ChangeNote }[], actor: string, at: Date, bulk = false) {
  if (!changes.length) return;
  const versions = changes.map(({ golden: g, note }) => ({
    id: randomUUID(),
    goldenRecordId: g.id,
    version: g.version,
    attributes: tx.json((g.attributes ?? {}) as Json),
    lineage: tx.json((g.lineage ?? {}) as Json),
    status: g.status,
    reason: note.reason,
    actor,
    createdAt: at,
  }));
  await tx`INSERT INTO "GoldenRecordVersion" ${tx(versions)}`;
  const events = changes.flatMap(({ golden: g, note }) =>
    note.eventType
      ? [{ id: randomUUID(), type: note.eventType, goldenRecordId: g.id, payload: tx.json(changeEventPayload(g, note) as unknown as Json), createdAt: at, bulk }]
      : [],
  );
  if (events.length) await tx`INSERT INTO "ChangeEvent" ${tx(events)}`;
}
