import type { GoldenRecord } from "../../prisma/generated/client";
import type { Tx } from "../db";

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

/**
 * Writes the version row and the outbox event for a golden record that the
 * caller has just changed, inside the caller's transaction: a change is never
 * committed without its history and its event, nor published without the change.
 */
export async function recordGoldenChange(
  tx: Tx,
  opts: { golden: GoldenRecord; reason: string; actor: string; eventType?: EventType; data?: Record<string, unknown> },
): Promise<void> {
  const { golden } = opts;
  await tx.goldenRecordVersion.create({
    data: {
      goldenRecordId: golden.id,
      version: golden.version,
      attributes: golden.attributes ?? {},
      lineage: golden.lineage ?? {},
      status: golden.status,
      reason: opts.reason,
      actor: opts.actor,
    },
  });
  if (!opts.eventType) return;
  await tx.changeEvent.create({
    data: {
      type: opts.eventType,
      goldenRecordId: golden.id,
      payload: changeEventPayload(golden, opts.reason, opts.data),
    },
  });
}
