import { recordAudit } from "@/src/audit/record-audit";
import { authorize } from "@/src/auth/permissions";
import type { Principal } from "@/src/auth/principal";
import { AppError } from "@/src/errors";
import type { GoldenWriter } from "@/src/golden/golden-writer";
import { rememberDistinct } from "@/src/golden/remember-distinct";
import { splitGolden } from "@/src/golden/split-golden";
import { expectVersion } from "./expect-version";
import { lockActiveGolden } from "./lock-active-golden";
import { stewardWrite } from "./steward-write";

export type SplitOptions = {
  goldenRecordId: string;
  sourceRecordIds: string[];
  principal: Principal;
  reason: string;
  expectedVersion?: number;
  /** false when the split records may still be the same customer and matching may propose the pair again */
  rememberNotDuplicate?: boolean;
};

/**
 * A steward takes source records that were wrongly linked out of a golden
 * record into a new one. The pair is remembered as not a duplicate unless the
 * steward says otherwise, so matching does not join them again.
 */
export const splitSourceRecords = (opts: SplitOptions) => stewardWrite(opts.principal, (golden) => splitSourceRecordsIn(golden, opts));

/** `splitSourceRecords` inside a writer's transaction (the writer acts for `opts.principal`). */
export async function splitSourceRecordsIn(golden: GoldenWriter, opts: SplitOptions): Promise<{ newId: string }> {
  authorize(opts.principal, "records.unmerge");
  const reason = opts.reason.trim();
  if (!reason) throw new AppError("VALIDATION_FAILED", "Say why these records do not belong here.", [{ path: "reason", message: "required" }]);
  if (!opts.sourceRecordIds.length) throw new AppError("VALIDATION_FAILED", "Choose at least one source record to split out.", [{ path: "sourceRecordIds", message: "empty" }]);
  const { tx, at } = golden;
  await lockActiveGolden(golden, opts.goldenRecordId);
  await expectVersion(tx, opts.goldenRecordId, opts.expectedVersion);
  const { newId } = await splitGolden(golden, { goldenId: opts.goldenRecordId, sourceRecordIds: opts.sourceRecordIds, reason });
  if (opts.rememberNotDuplicate !== false) await rememberDistinct(tx, { aId: opts.goldenRecordId, bId: newId, actor: opts.principal.label, at, why: `split by ${opts.principal.label}` });
  await recordAudit(tx, opts.principal, at, {
    action: "golden.split",
    targetType: "GoldenRecord",
    targetId: opts.goldenRecordId,
    data: { reason, newId, sourceRecordIds: opts.sourceRecordIds, rememberedNotDuplicate: opts.rememberNotDuplicate !== false },
  });
  return { newId };
}
