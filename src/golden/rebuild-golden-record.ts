import type { GoldenRecord } from "@/prisma/generated/client";
import type { Tx } from "@/src/db";
import type { CustomerAttributes } from "./attributes";
import { recordGoldenChange, type EventType } from "./record-golden-change";
import { resurvive } from "./survivorship";

/**
 * Re-applies survivorship over every active source record of a golden record
 * and, when the result differs (or `force` is set, as after a merge), saves a
 * new version with its event. The caller holds the row lock.
 */
export async function rebuildGoldenRecord(
  tx: Tx,
  opts: {
    goldenId: string;
    reason: string;
    actor: string;
    eventType: EventType;
    data?: Record<string, unknown>;
    force?: boolean;
  },
): Promise<{ golden: GoldenRecord; changed: boolean }> {
  const current = await tx.goldenRecord.findUniqueOrThrow({ where: { id: opts.goldenId } });
  const records = await tx.sourceRecord.findMany({
    where: { goldenRecordId: opts.goldenId, status: "ACTIVE" },
    include: { source: { select: { key: true, priority: true } } },
  });
  const next = resurvive(
    current,
    records.map((r) => ({
      sourceRecordId: r.id,
      source: r.source.key,
      externalId: r.externalId,
      priority: r.source.priority,
      sourceUpdatedAt: r.sourceUpdatedAt,
      attributes: r.standardized as CustomerAttributes,
    })),
    opts.force ?? false,
  );
  if (!next) return { golden: current, changed: false };
  const golden = await tx.goldenRecord.update({
    where: { id: opts.goldenId },
    data: { ...next, version: { increment: 1 } },
  });
  await recordGoldenChange(tx, { golden, reason: opts.reason, actor: opts.actor, eventType: opts.eventType, data: opts.data });
  return { golden, changed: true };
}
