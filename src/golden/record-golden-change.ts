import { randomUUID } from "node:crypto";
import type { GoldenRecord } from "@/prisma/generated/client";
import type { Prisma, Tx } from "@/src/db";

export const eventTypes = ["golden.created", "golden.updated", "golden.merged"] as const;
export type EventType = (typeof eventTypes)[number];

/** What subscribers receive as `data` of a change event: the golden record as it now stands, and why it changed. */
export function changeEventPayload(
  golden: Pick<GoldenRecord, "id" | "version" | "status" | "displayName" | "attributes">,
  reason: string,
  data?: Record<string, unknown>,
) {
  return {
    goldenRecordId: golden.id,
    version: golden.version,
    status: golden.status,
    displayName: golden.displayName,
    attributes: golden.attributes ?? {},
    reason,
    ...data,
  };
}

type ChangeOptions = { reason: string; actor: string; eventType?: EventType; data?: Record<string, unknown> };

type ChangedGolden = Pick<GoldenRecord, "id" | "version" | "status" | "displayName" | "attributes" | "lineage">;

/** The version row and (when subscribers are told) the outbox event that record one change of a golden record. */
export function goldenChangeRows(golden: ChangedGolden, opts: ChangeOptions) {
  const version = {
    id: randomUUID(),
    goldenRecordId: golden.id,
    version: golden.version,
    attributes: golden.attributes ?? {},
    lineage: golden.lineage ?? {},
    status: golden.status,
    reason: opts.reason,
    actor: opts.actor,
  };
  const event = opts.eventType
    ? { id: randomUUID(), type: opts.eventType, goldenRecordId: golden.id, payload: changeEventPayload(golden, opts.reason, opts.data) }
    : null;
  return { version, event };
}

/**
 * Writes the version row and the outbox event for a golden record that the
 * caller has just changed, inside the caller's transaction: a change is never
 * committed without its history and its event, nor published without the change.
 */
export async function recordGoldenChange(tx: Tx, opts: ChangeOptions & { golden: GoldenRecord }): Promise<void> {
  const { version, event } = goldenChangeRows(opts.golden, opts);
  await tx.goldenRecordVersion.create({ data: version as Prisma.GoldenRecordVersionUncheckedCreateInput });
  if (event) await tx.changeEvent.create({ data: event as Prisma.ChangeEventUncheckedCreateInput });
}
