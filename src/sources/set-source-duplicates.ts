import { z } from "zod";
import { recordAudit } from "@/src/audit/record-audit";
import { parseInput } from "@/src/auth/parse-input";
import { authorize } from "@/src/auth/permissions";
import type { Principal } from "@/src/auth/principal";
import { sql } from "@/src/db";
import { AppError } from "@/src/errors";
import { isRecordId } from "@/src/ids";

const inputSchema = z.object({
  sourceId: z.string().refine(isRecordId, "Source: reload the page and choose again."),
  mayHoldDuplicates: z.boolean({ error: "Choose whether the source may hold one customer twice." }),
});

/**
 * Declares whether a source may hold one customer twice. It decides the bar a
 * source's second record of a customer must meet to be merged automatically,
 * so it is a matching setting, kept in the audit log with who changed it.
 * Records already matched stay as they are; the setting applies from the
 * next record on.
 */
export async function setSourceDuplicates(opts: { principal: Principal; sourceId: unknown; mayHoldDuplicates: unknown }): Promise<{ changed: boolean }> {
  authorize(opts.principal, "matching.manage");
  const input = parseInput(inputSchema, { sourceId: opts.sourceId, mayHoldDuplicates: opts.mayHoldDuplicates });
  return sql.begin(async (tx) => {
    const [source] = await tx<{ id: string; key: string; mayHoldDuplicates: boolean }[]>`
      SELECT id, key, "mayHoldDuplicates" FROM "Source" WHERE id = ${input.sourceId} FOR UPDATE`;
    if (!source) throw new AppError("NOT_FOUND", "That source no longer exists. Reload the page.");
    if (source.mayHoldDuplicates === input.mayHoldDuplicates) return { changed: false };
    const at = new Date();
    await tx`UPDATE "Source" SET "mayHoldDuplicates" = ${input.mayHoldDuplicates} WHERE id = ${source.id}`;
    await recordAudit(tx, opts.principal, at, {
      action: "source.duplicates",
      targetType: "Source",
      targetId: source.id,
      before: { mayHoldDuplicates: source.mayHoldDuplicates },
      after: { mayHoldDuplicates: input.mayHoldDuplicates },
      data: { key: source.key },
    });
    return { changed: true };
  });
}
