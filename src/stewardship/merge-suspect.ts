import { recordAudit } from "@/src/audit/record-audit";
import { authorize } from "@/src/auth/permissions";
import type { Principal } from "@/src/auth/principal";
import type { GoldenWriter } from "@/src/golden/golden-writer";
import { expectVersion } from "./expect-version";
import { lockSuspect } from "./lock-suspect";
import { picksToOverrides, type MergePicks } from "./merge-picks";
import { stewardWrite } from "./steward-write";

export type MergeSuspectOptions = {
  suspectId: string;
  principal: Principal;
  /** surviving values the steward chose, kept as steward overrides on the survivor */
  picks?: MergePicks;
  /** the versions of both records as the steward saw them; a record changed since is a conflict */
  expectedVersions?: { left: number; right: number };
};

/**
 * A steward confirms a duplicate suspect: the two golden records become one,
 * and the decision, the merge, its versions, its event and the audit entry
 * commit together.
 */
export const mergeSuspect = (opts: MergeSuspectOptions) => stewardWrite(opts.principal, (golden) => mergeSuspectIn(golden, opts));

/** `mergeSuspect` inside a writer's transaction (the writer acts for `opts.principal`). */
export async function mergeSuspectIn(golden: GoldenWriter, opts: MergeSuspectOptions): Promise<{ survivorId: string; mergedId: string }> {
  authorize(opts.principal, "suspects.decide");
  const { tx, at } = golden;
  const suspect = await lockSuspect(golden, opts.suspectId);
  await expectVersion(tx, suspect.leftId, opts.expectedVersions?.left);
  await expectVersion(tx, suspect.rightId, opts.expectedVersions?.right);
  const picks = await picksToOverrides(tx, {
    goldenIds: [suspect.leftId, suspect.rightId],
    picks: opts.picks ?? {},
    author: opts.principal.label,
    reason: `picked in the merge of suspect ${suspect.id}`,
    at,
  });
  const merged = await golden.merge({ aId: suspect.leftId, bId: suspect.rightId, reason: `steward confirmed suspect ${suspect.id}`, picks });
  await golden.decideSuspect(suspect.id, "MERGED");
  await recordAudit(tx, opts.principal, at, {
    action: "suspect.merge",
    targetType: "DuplicateSuspect",
    targetId: suspect.id,
    data: { ...merged, ...(opts.picks && Object.keys(opts.picks).length ? { picks: opts.picks } : {}) },
  });
  return merged;
}
