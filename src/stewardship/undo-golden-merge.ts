import { recordAudit } from "@/src/audit/record-audit";
import { authorize } from "@/src/auth/permissions";
import type { Principal } from "@/src/auth/principal";
import { AppError } from "@/src/errors";
import type { GoldenWriter } from "@/src/golden/golden-writer";
import { rememberDistinct } from "@/src/golden/remember-distinct";
import { orderedPair } from "@/src/golden/repoint-suspects";
import { undoMerge } from "@/src/golden/undo-merge";
import { stewardWrite } from "./steward-write";

export type UndoMergeOptions = {
  mergeId: string;
  principal: Principal;
  reason: string;
  /** false when the two may still be one customer and matching may propose the pair again */
  rememberNotDuplicate?: boolean;
};

/**
 * A steward undoes a merge from a golden record's history: both records
 * stand again, each with a version and an event, and the pair is remembered
 * as not a duplicate unless the steward says otherwise.
 */
export const undoGoldenMerge = (opts: UndoMergeOptions) => stewardWrite(opts.principal, (golden) => undoGoldenMergeIn(golden, opts));

/** `undoGoldenMerge` inside a writer's transaction (the writer acts for `opts.principal`). */
export async function undoGoldenMergeIn(golden: GoldenWriter, opts: UndoMergeOptions): Promise<{ survivorId: string; restoredId: string }> {
  authorize(opts.principal, "records.unmerge");
  const reason = opts.reason.trim();
  if (!reason) throw new AppError("VALIDATION_FAILED", "Say why this merge was wrong.", [{ path: "reason", message: "required" }]);
  const { tx, at } = golden;
  const undone = await undoMerge(golden, { mergeId: opts.mergeId, reason });
  if (opts.rememberNotDuplicate !== false) {
    await rememberDistinct(tx, { aId: undone.survivorId, bId: undone.restoredId, actor: opts.principal.label, at, why: `merge undone by ${opts.principal.label}` });
  } else {
    // The decided pair would keep matching from proposing the two again, which is what the steward asked for.
    const pair = orderedPair(undone.survivorId, undone.restoredId);
    await tx`DELETE FROM "DuplicateSuspect" WHERE "leftId" = ${pair.leftId} AND "rightId" = ${pair.rightId} AND status = 'MERGED'`;
  }
  await recordAudit(tx, opts.principal, at, {
    action: "golden.unmerge",
    targetType: "GoldenRecord",
    targetId: undone.survivorId,
    data: { reason, mergeId: opts.mergeId, ...undone, rememberedNotDuplicate: opts.rememberNotDuplicate !== false },
  });
  return { survivorId: undone.survivorId, restoredId: undone.restoredId };
}
