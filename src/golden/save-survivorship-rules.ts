import { randomUUID } from "node:crypto";
import { recordAudit } from "@/src/audit/record-audit";
import { authorize } from "@/src/auth/permissions";
import type { Principal } from "@/src/auth/principal";
import { sql, type Tx } from "@/src/db";
import { AppError } from "@/src/errors";
import { logger } from "@/src/operations/logger";
import { enqueue } from "@/workers/contracts";
import { loadActiveRules, survivorshipRulesSchema, type SurvivorshipRules } from "./survivorship-rules";

type Json = Parameters<typeof sql.json>[0];

/** The bulk action that applies a rule set to every golden record. */
export const recomputeKind = "survivorship.recompute";

export type SaveRulesOptions = { rules: unknown; note?: string; principal: Principal };

/** Checks rules as an admin sent them, naming the first place that is wrong. */
export function parseRules(rules: unknown): SurvivorshipRules {
  const parsed = survivorshipRulesSchema.safeParse(rules);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new AppError("VALIDATION_FAILED", `The rules are not valid: ${issue.path.join(".")} ${issue.message}`, [{ path: issue.path.join("."), message: issue.message }]);
}

/**
 * An admin saves survivorship rules as a new version, in force at once for
 * every later change; the golden records already stored are recomputed by a
 * background job (its progress on the rules page), each changed record with
 * a version and an event. The old version is kept, retired, for the record.
 */
export async function saveSurvivorshipRules(opts: SaveRulesOptions): Promise<{ version: number; bulkActionId: string }> {
  const saved = await sql.begin((tx) => saveSurvivorshipRulesIn(tx, new Date(), opts));
  await startRecompute(saved.bulkActionId);
  return saved;
}

/** `saveSurvivorshipRules` inside a transaction (an approval's); the caller starts the recompute once it committed. */
export async function saveSurvivorshipRulesIn(tx: Tx, at: Date, opts: SaveRulesOptions): Promise<{ version: number; bulkActionId: string }> {
  authorize(opts.principal, "rules.manage");
  const rules = parseRules(opts.rules);
  const bulkActionId = randomUUID();
  // Conflicts with the SHARE lock every golden write reads the rules under: the save waits for writes still using the old rules.
  await tx`LOCK TABLE "SurvivorshipRuleSet" IN SHARE ROW EXCLUSIVE MODE`;
  const before = await loadActiveRules(tx);
  await tx`UPDATE "SurvivorshipRuleSet" SET status = 'RETIRED' WHERE status = 'ACTIVE'`;
  const [saved] = await tx<{ version: number }[]>`
    INSERT INTO "SurvivorshipRuleSet" (id, rules, status, note, "createdBy", "createdAt")
    VALUES (${randomUUID()}, ${tx.json(rules as Json)}, 'ACTIVE', ${opts.note?.trim() || null}, ${opts.principal.label}, ${at}) RETURNING version`;
  await tx`INSERT INTO "BulkAction" ${tx({ id: bulkActionId, kind: recomputeKind, input: tx.json({ version: saved.version }), requestedBy: opts.principal.label, createdAt: at })}`;
  await recordAudit(tx, opts.principal, at, {
    action: "survivorship.save",
    targetType: "SurvivorshipRuleSet",
    targetId: String(saved.version),
    before: before.rules,
    after: rules,
    data: { note: opts.note ?? null, bulkActionId },
  });
  return { version: saved.version, bulkActionId };
}

/** Queues the recompute of a committed save. The rules are in force either way; should Redis be away, the sweep finds the bulk action unfinished and queues it. */
export async function startRecompute(bulkActionId: string): Promise<void> {
  await enqueue("golden.recompute", { bulkActionId }).catch((err: Error) => logger.warn({ bulkActionId, err }, "recompute deferred to the sweeper"));
}
