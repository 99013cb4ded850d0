import { z } from "zod";
import { recordAudit } from "@/src/audit/record-audit";
import { parseInput } from "@/src/auth/parse-input";
import { authorize } from "@/src/auth/permissions";
import type { Principal } from "@/src/auth/principal";
import { sql } from "@/src/db";
import { AppError } from "@/src/errors";
import { isRecordId } from "@/src/ids";

export const PAUSE_REASON_MAX = 200;

const inputSchema = z.object({
  sourceId: z.string({ error: "Source: reload the page and choose again." }).refine(isRecordId, "Source: reload the page and choose again."),
  reason: z
    .string({ error: "Reason: say why the source is paused." })
    .trim()
    .min(1, "Reason: say why the source is paused.")
    .max(PAUSE_REASON_MAX, `Reason: keep it under ${PAUSE_REASON_MAX} characters.`)
    .refine((r) => !/[\u0000-\u001f\u007f]/.test(r), "Reason: use one line of plain text."),
});

type PauseState = { id: string; key: string; connector: string | null; pausedAt: Date | null; pausedReason: string | null; resumeAt: Date | null };

/**
 * Stops a connector source from syncing until an admin resumes it, with the
 * reason shown on the Sources page to everyone who wonders why its data is
 * old. Pausing a source the hub paused (a request limit) replaces the hub's
 * reason and drops its automatic resume: an admin's pause ends only by hand.
 */
export async function pauseSource(opts: { principal: Principal; sourceId: unknown; reason: unknown }): Promise<{ changed: boolean }> {
  authorize(opts.principal, "sources.manage");
  const input = parseInput(inputSchema, { sourceId: opts.sourceId, reason: opts.reason });
  return sql.begin(async (tx) => {
    const [source] = await tx<PauseState[]>`
      SELECT id, key, connector, "pausedAt", "pausedReason", "resumeAt" FROM "Source" WHERE id = ${input.sourceId} FOR UPDATE`;
    if (!source) throw new AppError("NOT_FOUND", "That source no longer exists. Reload the page.");
    if (!source.connector) throw new AppError("CONFLICT", "This source pushes its records to the hub; there is no sync to pause.");
    if (source.pausedAt && source.pausedReason === input.reason && !source.resumeAt) return { changed: false };
    const at = new Date();
    const pausedAt = source.pausedAt ?? at;
    await tx`UPDATE "Source" SET "pausedAt" = ${pausedAt}, "pausedReason" = ${input.reason}, "resumeAt" = NULL WHERE id = ${source.id}`;
    await recordAudit(tx, opts.principal, at, {
      action: "source.pause",
      targetType: "Source",
      targetId: source.id,
      before: { pausedAt: source.pausedAt, pausedReason: source.pausedReason, resumeAt: source.resumeAt },
      after: { pausedAt, pausedReason: input.reason, resumeAt: null },
      data: { key: source.key },
    });
    return { changed: true };
  });
}
