import { recordAudit } from "@/src/audit/record-audit";
import { authorize } from "@/src/auth/permissions";
import type { Principal } from "@/src/auth/principal";
import { prisma, sql } from "@/src/db";

/** The steward actions an admin can put under four-eyes approval, with the words the settings page uses. */
export const approvableActions = {
  edit: "Correct a golden value",
  merge: "Merge a suspect",
  split: "Split a source record out",
  "undo-merge": "Undo a merge",
  rules: "Change survivorship rules",
  "bulk-merge": "Merge suspects in bulk",
} as const;

export type ApprovableAction = keyof typeof approvableActions;

/**
 * Whether an action waits for a second person; an action nobody configured
 * is done directly. A bulk merge waits when merges do, or it would be the
 * way around their approval.
 */
export async function needsApproval(action: ApprovableAction): Promise<boolean> {
  const covering = action === "bulk-merge" ? ["bulk-merge", "merge"] : [action];
  return (await prisma.fourEyesRule.count({ where: { action: { in: covering }, required: true } })) > 0;
}

/** Every approvable action with its current setting, for the settings page. */
export async function listApprovalRules(): Promise<{ action: ApprovableAction; label: string; required: boolean; updatedBy: string | null }[]> {
  const rules = new Map((await prisma.fourEyesRule.findMany()).map((r) => [r.action, r]));
  return (Object.keys(approvableActions) as ApprovableAction[]).map((action) => ({
    action,
    label: approvableActions[action],
    required: rules.get(action)?.required ?? false,
    updatedBy: rules.get(action)?.updatedBy ?? null,
  }));
}

/** An admin puts an action under four-eyes approval or takes it out, audited. */
export async function setApprovalRule(opts: { action: ApprovableAction; required: boolean; principal: Principal }): Promise<void> {
  authorize(opts.principal, "rules.manage");
  const at = new Date();
  await sql.begin(async (tx) => {
    const [before] = await tx<{ required: boolean }[]>`SELECT required FROM "FourEyesRule" WHERE action = ${opts.action} FOR UPDATE`;
    await tx`
      INSERT INTO "FourEyesRule" (action, required, "updatedBy", "updatedAt") VALUES (${opts.action}, ${opts.required}, ${opts.principal.label}, ${at})
      ON CONFLICT (action) DO UPDATE SET required = EXCLUDED.required, "updatedBy" = EXCLUDED."updatedBy", "updatedAt" = EXCLUDED."updatedAt"`;
    await recordAudit(tx, opts.principal, at, {
      action: "four-eyes.set",
      targetType: "FourEyesRule",
      targetId: opts.action,
      before: { required: before?.required ?? false },
      after: { required: opts.required },
    });
  });
}
