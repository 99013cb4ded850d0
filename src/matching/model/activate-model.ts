import { authorize } from "@/src/auth/permissions";
import type { Principal } from "@/src/auth/principal";
import { prisma } from "@/src/db";
import { AppError } from "@/src/errors";
import { forgetActiveModel } from "./load-active-model";

/** Makes one model version the one matching uses; the previous one is retired, never deleted, so history can be read back. */
export async function activateModel(opts: { modelId: string; principal: Principal }): Promise<void> {
  authorize(opts.principal, "matching.manage");
  const actor = opts.principal.label;
  await prisma.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "MatchModel" WHERE status = 'ACTIVE' OR id = ${opts.modelId} FOR UPDATE`;
    const target = await tx.matchModel.findUnique({ where: { id: opts.modelId } });
    if (!target) throw new AppError("NOT_FOUND", `No matching model ${opts.modelId}.`);
    if (target.status === "ACTIVE") return;
    await tx.matchModel.updateMany({ where: { status: "ACTIVE" }, data: { status: "RETIRED" } });
    await tx.matchModel.update({ where: { id: target.id }, data: { status: "ACTIVE", activatedBy: actor, activatedAt: new Date() } });
    await tx.auditEvent.create({
      data: { actor, action: "matching.activate", targetType: "MatchModel", targetId: target.id, data: { version: target.version } },
    });
  });
  forgetActiveModel();
}
