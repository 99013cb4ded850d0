import { randomUUID } from "node:crypto";
import { recordAudit } from "@/src/audit/record-audit";
import { authorize } from "@/src/auth/permissions";
import type { Principal } from "@/src/auth/principal";
import { sql } from "@/src/db";
import { AppError } from "@/src/errors";
import { enqueue } from "@/workers/contracts";
import { loadActiveRules, survivorshipRulesSchema } from "./survivorship-rules";

type Json = Parameters<typeof sql.json>[0];

/** The bulk action that applies a rule set to every golden record. */
export const recomputeKind = "survivorship.recompute";

/**
 * An admin saves survivorship rules as a new version, in force at once for
 * every later change; the golden records already stored are recomputed by a
 * background job (its progress on the rules page), each changed record with
 * a version and an event. The old version is kept, retired, for the record.
 */
export async function saveSurvivorshipRules(opts: { rules: unknown; note?: string; principal: Principal }): Promise<{ version: number; bulkActionId: string }> {
  authorize(opts.principal, "rules.manage");
  const parsed = survivorshipRulesSchema.safeParse(opts.rules);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError("VALIDATION_FAILED", `The rules are not valid: ${issue.path.join(".")} ${issue.message}`, [{ path: issue.path.join("."), message: issue.message }]);
  }
  const at = new Date();
  const bulkActionId = randomUUID();
  const version = await sql.begin(async (tx) => {
    await tx`LOCK TABLE "SurvivorshipRuleSet" IN SHARE ROW EXCLUSIVE MODE`;
    const before = await loadActiveRules(tx);
    await tx`UPDATE "SurvivorshipRuleSet" SET status = 'RETIRED' WHERE status = 'ACTIVE'`;
    const [saved] = await tx<{ version: number }[]>`
      INSERT INTO "SurvivorshipRuleSet" (id, rules, status, note, "createdBy", "createdAt")
      VALUES (${randomUUID()}, ${tx.json(parsed.data as Json)}, 'ACTIVE', ${opts.note?.trim() || null}, ${opts.principal.label}, ${at}) RETURNING version`;
    await tx`INSERT INTO "BulkAction" ${tx({ id: bulkActionId, kind: recomputeKind, input: tx.json({ version: saved.version }), requestedBy: opts.principal.label, createdAt: at })}`;
    await recordAudit(tx, opts.principal, at, {
      action: "survivorship.save",
      targetType: "SurvivorshipRuleSet",
      targetId: String(saved.version),
      before: before.rules,
      after: parsed.data,
      data: { note: opts.note ?? null, bulkActionId },
    });
    return saved.version;
  });
  // The rules are saved and in force either way; should Redis be away, the sweep finds the bulk action unfinished and queues it.
  await enqueue("golden.recompute", { bulkActionId }).catch((err: Error) => console.warn(`recompute deferred to the sweeper: ${err.message}`));
  return { version, bulkActionId };
}
