import { prisma } from "@/src/db";
import { AppError } from "@/src/errors";

/**
 * A steward rules a suspect out. The pair is kept with status NOT_DUPLICATE
 * so matching never proposes it again.
 */
export async function markNotDuplicate(opts: { suspectId: string; actor: string }): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const decided = await tx.duplicateSuspect.updateMany({
      where: { id: opts.suspectId, status: "OPEN" },
      data: { status: "NOT_DUPLICATE", decidedBy: opts.actor, decidedAt: new Date() },
    });
    if (decided.count === 0) {
      const exists = await tx.duplicateSuspect.findUnique({ where: { id: opts.suspectId } });
      if (!exists) throw new AppError("NOT_FOUND", `Duplicate suspect ${opts.suspectId} does not exist.`);
      throw new AppError("CONFLICT", `This suspect was already decided (${exists.status.toLowerCase().replace("_", " ")}).`);
    }
    await tx.auditEvent.create({
      data: { actor: opts.actor, action: "suspect.not-duplicate", targetType: "DuplicateSuspect", targetId: opts.suspectId },
    });
  });
}
