import { recordAudit } from "@/src/audit/record-audit";
import { authorize } from "@/src/auth/permissions";
import type { Principal } from "@/src/auth/principal";
import { writeGoldenRecords } from "@/src/golden/golden-writer";
import { lockSuspect } from "./lock-suspect";

/**
 * A steward rules a suspect out. The pair is kept with status NOT_DUPLICATE
 * so matching never proposes it again. No golden record changes, but the
 * decision runs in the writer's transaction to take its locks in its order.
 */
export async function markNotDuplicate(opts: { suspectId: string; principal: Principal }): Promise<void> {
  authorize(opts.principal, "suspects.decide");
  await writeGoldenRecords(opts.principal, async (golden) => {
    const { tx, at } = golden;
    const suspect = await lockSuspect(golden, opts.suspectId);
    await golden.decideSuspect(suspect.id, "NOT_DUPLICATE");
    await recordAudit(tx, opts.principal, at, { action: "suspect.not-duplicate", targetType: "DuplicateSuspect", targetId: suspect.id, data: { leftId: suspect.leftId, rightId: suspect.rightId } });
  });
}
