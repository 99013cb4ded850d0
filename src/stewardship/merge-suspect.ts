import { prisma } from "@/src/db";
import { AppError } from "@/src/errors";
import { requestDispatch } from "@/src/distribution/request-dispatch";
import { mergeGoldenRecords } from "@/src/golden/merge-golden-records";

/**
 * A steward confirms a duplicate suspect: the two golden records become one,
 * and the decision, the merge, its versions and its event commit together.
 */
export async function mergeSuspect(opts: { suspectId: string; actor: string }): Promise<{ survivorId: string; mergedId: string }> {
  const result = await prisma.$transaction(
    async (tx) => {
      const suspect = await tx.duplicateSuspect.findUnique({ where: { id: opts.suspectId } });
      if (!suspect) throw new AppError("NOT_FOUND", `Duplicate suspect ${opts.suspectId} does not exist.`);
      if (suspect.status !== "OPEN") {
        throw new AppError("CONFLICT", `This suspect was already decided (${suspect.status.toLowerCase().replace("_", " ")}).`);
      }
      const result = await mergeGoldenRecords(tx, {
        aId: suspect.leftId,
        bId: suspect.rightId,
        actor: opts.actor,
        reason: `steward confirmed suspect ${suspect.id}`,
      });
      await tx.duplicateSuspect.updateMany({
        where: { id: suspect.id, status: "OPEN" },
        data: { status: "MERGED", decidedBy: opts.actor, decidedAt: new Date() },
      });
      await tx.auditEvent.create({
        data: { actor: opts.actor, action: "suspect.merge", targetType: "DuplicateSuspect", targetId: suspect.id, data: result },
      });
      return result;
    },
    { timeout: 20_000 },
  );
  await requestDispatch();
  return result;
}
