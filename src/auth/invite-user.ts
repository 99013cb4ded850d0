import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { Role } from "@/prisma/generated/client";
import { recordAudit } from "@/src/audit/record-audit";
import { sql } from "@/src/db";
import { AppError } from "@/src/errors";
import { oneTimePassword } from "./one-time-password";
import { parseInput } from "./parse-input";
import { hashPassword } from "./password";
import { authorize } from "./permissions";
import type { Principal } from "./principal";
import { cleanText, emailField, roleField } from "./user-fields";

const inviteSchema = z.object({ email: emailField, name: cleanText("Name", 200), role: roleField("Role") });

/** The account as the audit log and the admin page see it: never its password or hash. */
export type InvitedUser = { id: string; email: string; name: string; role: Role };

/**
 * Adds a person who may sign in. There is no mail server, so the hub makes a
 * strong password and returns it once for the admin to hand over; only its
 * hash is stored. Emails are unique ignoring case, checked under a lock on
 * the lower-cased email so two admins inviting the same person at once
 * cannot both succeed.
 */
export async function inviteUser(opts: { principal: Principal; email: unknown; name: unknown; role: unknown }): Promise<{ user: InvitedUser; password: string }> {
  authorize(opts.principal, "users.manage");
  const input = parseInput(inviteSchema, { email: opts.email, name: opts.name, role: opts.role });
  const password = oneTimePassword();
  const passwordHash = await hashPassword(password);
  const user: InvitedUser = { id: randomUUID(), email: input.email, name: input.name, role: input.role };
  await sql.begin(async (tx) => {
    await tx`SELECT pg_advisory_xact_lock(hashtext(${`goldenhub:user-email:${user.email}`}))`;
    const [taken] = await tx`SELECT 1 FROM "User" WHERE lower(email) = ${user.email} LIMIT 1`;
    if (taken) throw new AppError("CONFLICT", `Email: ${user.email} already has an account; change that user's role or re-enable them instead.`, [{ path: "email", message: "already has an account" }]);
    const at = new Date();
    await tx`INSERT INTO "User" ${tx({ ...user, passwordHash, createdAt: at })}`;
    await recordAudit(tx, opts.principal, at, { action: "user.invite", targetType: "User", targetId: user.id, after: { email: user.email, name: user.name, role: user.role } });
  });
  return { user, password };
}
