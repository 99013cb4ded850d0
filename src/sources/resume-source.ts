import { z } from "zod";
import { recordAudit } from "@/src/audit/record-audit";
import { parseInput } from "@/src/auth/parse-input";
import { authorize } from "@/src/auth/permissions";
import type { Principal } from "@/src/auth/principal";
import { sql } from "@/src/db";
import { AppError } from "@/src/errors";
import { isRecordId } from "@/src/ids";

const inputSchema = z.object({
  sourceId: z.string({ error: "Source: reload the page and choose again." }).refine(isRecordId, "Source: reload the page and choose again."),
});

type PauseState = { id: string; key: string; pausedAt: Date | null; pausedReason: string | null; resumeAt: Date | null };

/**
 * Lets a paused source sync again, whoever paused it (an admin, or the hub
 * waiting out a request limit); the audit log keeps the pause that ended.
 * Its next scheduled sync, or "Sync now", continues from the stored cursor.
 */
export async function resumeSource(opts: { principal: Principal; sourceId: unknown }): Promise<{ changed: boolean }> {
  authorize(opts.principal, "sources.manage");
  const input = parseInput(inputSchema, { sourceId: opts.sourceId });
  return sql.begin(async (tx) => {
    const [source] = await tx<PauseState[]>`
      SELECT id, key, "pausedAt", "pausedReason", "resumeAt" FROM "Source" WHERE id = ${input.sourceId} FOR UPDATE`;
    if (!source) throw new AppError("NOT_FOUND", "That source no longer exists. Reload the page.");
    if (!source.pausedAt) return { changed: false };
    const at = new Date();
    await tx`UPDATE "Source" SET "pausedAt" = NULL, "pausedReason" = NULL, "resumeAt" = NULL WHERE id = ${source.id}`;
    await recordAudit(tx, opts.principal, at, {
      action: "source.resume",
      targetType: "Source",
      targetId: source.id,
      before: { pausedAt: source.pausedAt, pausedReason: source.pausedReason, resumeAt: source.resumeAt },
      after: { pausedAt: null, pausedReason: null, resumeAt: null },
      data: { key: source.key },
    });
    return { changed: true };
  });
}
