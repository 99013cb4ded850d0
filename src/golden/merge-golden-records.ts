import type { Tx } from "@/src/db";
import { AppError } from "@/src/errors";
import { lockGoldenRecords } from "./lock-golden-records";
import { rebuildGoldenRecord } from "./rebuild-golden-record";
import { recordGoldenChange } from "./record-golden-change";
import { repointSuspects } from "./repoint-suspects";

/**
 * Merges one golden record into another inside the caller's transaction. The
 * older record survives, because downstream systems are likelier to hold its id;
 * the other keeps its id for life, marked MERGED and pointing at the survivor.
 */
export async function mergeGoldenRecords(
  tx: Tx,
  opts: { aId: string; bId: string; actor: string; reason: string },
): Promise<{ survivorId: string; mergedId: string }> {
  if (opts.aId === opts.bId) throw new AppError("CONFLICT", "A golden record cannot be merged with itself.");
  await lockGoldenRecords(tx, [opts.aId, opts.bId]);
  const pair = await tx.goldenRecord.findMany({ where: { id: { in: [opts.aId, opts.bId] } } });
  if (pair.length !== 2) throw new AppError("NOT_FOUND", "One of the golden records to merge does not exist.");
  for (const g of pair) {
    if (g.status !== "ACTIVE") {
      throw new AppError("CONFLICT", `Golden record ${g.id} was already merged into ${g.mergedIntoId}.`);
    }
  }
  pair.sort((x, y) => x.createdAt.getTime() - y.createdAt.getTime() || (x.id < y.id ? -1 : 1));
  const [survivor, merged] = pair;

  await tx.sourceRecord.updateMany({ where: { goldenRecordId: merged.id }, data: { goldenRecordId: survivor.id } });
  await tx.goldenRecord.updateMany({ where: { mergedIntoId: merged.id }, data: { mergedIntoId: survivor.id } });
  const retired = await tx.goldenRecord.update({
    where: { id: merged.id },
    data: { status: "MERGED", mergedIntoId: survivor.id, version: { increment: 1 } },
  });
  await recordGoldenChange(tx, { golden: retired, reason: `merged into ${survivor.id}: ${opts.reason}`, actor: opts.actor });
  await repointSuspects(tx, merged.id, survivor.id, opts.actor);
  await rebuildGoldenRecord(tx, {
    goldenId: survivor.id,
    reason: `merged ${merged.id}: ${opts.reason}`,
    actor: opts.actor,
    eventType: "golden.merged",
    data: { survivorId: survivor.id, mergedIds: [merged.id] },
    force: true,
  });
  return { survivorId: survivor.id, mergedId: merged.id };
}
