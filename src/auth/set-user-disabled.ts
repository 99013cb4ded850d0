import { z } from "zod";
import { recordAudit } from "@/src/audit/record-audit";
import { sql } from "@/src/db";
import { isRecordId } from "@/src/ids";
import { guardAdministration, lockUserForChange } from "./lock-user-for-change";
import { parseInput } from "./parse-input";
import { authorize } from "./permissions";
import type { Principal } from "./principal";

const toggleSchema = z.object({ userId: z.string().refine(isRecordId, "User: reload the page and choose again."), disabled: z.boolean() });

/**
 * Disables a user (their sessions are refused from their next request on,
 * since every request reads the User row) or enables them again. Users are
 * never deleted: versions and the audit log keep naming them.
 */
export async function setUserDisabled(opts: { principal: Principal; userId: unknown; disabled: boolean }): Promise<{ changed: boolean }> {
  authorize(opts.principal, "users.manage");
  const input = parseInput(toggleSchema, { userId: opts.userId, disabled: opts.disabled });
  return sql.begin(async (tx) => {
    const user = await lockUserForChange(tx, input.userId);
    if (Boolean(user.disabledAt) === input.disabled) return { changed: false };
    if (input.disabled) await guardAdministration(tx, opts.principal, user, "disable");
    const at = new Date();
    await tx`UPDATE "User" SET "disabledAt" = ${input.disabled ? at : null} WHERE id = ${user.id}`;
    await recordAudit(tx, opts.principal, at, {
      action: input.disabled ? "user.disable" : "user.enable",
      targetType: "User",
      targetId: user.id,
      before: { disabled: !input.disabled },
      after: { disabled: input.disabled },
      data: { email: user.email },
    });
    return { changed: true };
  });
}
