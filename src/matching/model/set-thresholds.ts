import { prisma } from "../../db";
import { AppError, fieldIssues } from "../../errors";
import { defaultModel } from "./default-model";
import { activateModel } from "./activate-model";
import { loadActiveModel } from "./load-active-model";
import { thresholdsSchema } from "./thresholds";

/**
 * Changes the thresholds as a new, active model version with the same
 * parameters, so every threshold ever in force stays on record with who set it.
 */
export async function setThresholds(opts: { thresholds: unknown; actor: string; note?: string }): Promise<{ version: number }> {
  const parsed = thresholdsSchema.safeParse(opts.thresholds);
  if (!parsed.success) throw new AppError("VALIDATION_FAILED", "The thresholds are not valid.", fieldIssues(parsed.error.issues));
  const active = await loadActiveModel({ fresh: true });
  const { version: _, ...parameters } = active.id ? active.model : defaultModel;
  const created = await prisma.matchModel.create({
    data: { parameters, thresholds: parsed.data, createdBy: opts.actor, note: opts.note ?? "thresholds changed" },
  });
  await activateModel({ modelId: created.id, actor: opts.actor });
  return { version: created.version };
}
