import { randomUUID } from "node:crypto";
import { authorize } from "@/src/auth/permissions";
import type { Principal } from "@/src/auth/principal";
import { requestDispatch } from "@/src/distribution/request-dispatch";
import { writeGoldenRecords } from "@/src/golden/golden-writer";
import { lockSuspect } from "./lock-suspect";

/**
 * A steward confirms a duplicate suspect: the two golden records become one,
 * and the decision, the merge, its versions, its event and the audit entry
 * commit together.
 */
export async function mergeSuspect(opts: { suspectId: string; principal: Principal }): Promise<{ survivorId: string; mergedId: string }> {
  authorize(opts.principal, "suspects.decide");
  const actor = opts.principal.label;
  const result = await writeGoldenRecords(opts.principal, async (golden) => {
    const { tx, at } = golden;
    const suspect = await lockSuspect(golden, opts.suspectId);
    const merged = await golden.merge({ aId: suspect.leftId, bId: suspect.rightId, reason: `steward confirmed suspect ${suspect.id}` });
    await golden.decideSuspect(suspect.id, "MERGED");
    await tx`INSERT INTO "AuditEvent" ${tx({
      id: randomUUID(),
      actor,
      action: "suspect.merge",
      targetType: "DuplicateSuspect",
      targetId: suspect.id,
      data: tx.json(merged),
      createdAt: at,
    })}`;
    return merged;
  });
  await requestDispatch();
  return result;
}
