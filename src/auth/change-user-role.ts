import { z } from "zod";
import type { Role } from "@/prisma/generated/client";
import { recordAudit } from "@/src/audit/record-audit";
import { sql } from "@/src/db";
import { isRecordId } from "@/src/ids";
import { guardAdministration, lockUserForChange } from "./lock-user-for-change";
import { parseInput } from "./parse-input";
import { authorize } from "./permissions";
import type { Principal } from "./principal";
import { roleField } from "./user-fields";

const changeSchema = z.object({ userId: z.string().refine(isRecordId, "User: reload the page and choose again."), role: roleField("Role") });

/**
 * Gives a user another role. It takes effect on their next request, because
 * the role is read from the User row each time, never from the session.
 */
export async function changeUserRole(opts: { principal: Principal; userId: unknown; role: unknown }): Promise<{ role: Role; changed: boolean }> {
  authorize(opts.principal, "users.manage");
  const input = parseInput(changeSchema, { userId: opts.userId, role: opts.role });
  return sql.begin(async (tx) => {
    const user = await lockUserForChange(tx, input.userId);
    if (user.role === input.role) return { role: user.role, changed: false };
    if (user.role === "ADMIN") await guardAdministration(tx, opts.principal, user, "demote");
    const at = new Date();
    await tx`UPDATE "User" SET role = ${input.role} WHERE id = ${user.id}`;
    await recordAudit(tx, opts.principal, at, { action: "user.role-change", targetType: "User", targetId: user.id, before: { role: user.role }, after: { role: input.role }, data: { email: user.email } });
    return { role: input.role, changed: true };
  });
}
