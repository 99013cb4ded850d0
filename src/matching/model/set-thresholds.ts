import { authorize } from "@/src/auth/permissions";
import type { Principal } from "@/src/auth/principal";
import { prisma, type Prisma } from "@/src/db";
import { AppError, fieldIssues } from "@/src/errors";
import { defaultModel } from "./default-model";
import { activateModel } from "./activate-model";
import { findActiveModelRow } from "./load-active-model";
import { thresholdsSchema } from "./thresholds";

/**
 * Changes the thresholds as a new, active model version with the same
 * parameters, so every threshold ever in force stays on record with who set it.
 */
export async function setThresholds(opts: { thresholds: unknown; principal: Principal; note?: string }): Promise<{ version: number }> {
  authorize(opts.principal, "matching.manage");
  const parsed = thresholdsSchema.safeParse(opts.thresholds);
  if (!parsed.success) throw new AppError("VALIDATION_FAILED", "The thresholds are not valid.", fieldIssues(parsed.error.issues));
  // The stored parameters, not the model matching runs: that one fills levels the version predates with built-in
  // weights, and copying them would pass them off as learned.
  const active = await findActiveModelRow();
  const { version: _, ...builtIn } = defaultModel;
  const parameters = (active?.parameters ?? builtIn) as Prisma.InputJsonObject;
  const created = await prisma.matchModel.create({
    data: { parameters, thresholds: parsed.data, createdBy: opts.principal.label, note: opts.note ?? "thresholds changed" },
  });
  await activateModel({ modelId: created.id, principal: opts.principal });
  return { version: created.version };
}
