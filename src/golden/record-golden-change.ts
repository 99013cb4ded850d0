import type { GoldenRecord } from "../../prisma/generated/client";
import type { Tx } from "../db";

export const eventTypes = ["golden.created", "golden.updated", "golden.merged"] as const;
export type EventType = (typeof eventTypes)[number];

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
      payload: {
        goldenRecordId: golden.id,
        version: golden.version,
        status: golden.status,
        displayName: golden.displayName,
        attributes: golden.attributes ?? {},
        reason: opts.reason,
        ...opts.data,
      },
    },
  });
}
