import type { Role } from "@/prisma/generated/client";
import type { Tx } from "@/src/db";
import { AppError } from "@/src/errors";
import type { Principal } from "./principal";

/** A user as role and status changes read and audit it. */
export type ManagedUser = { id: string; email: string; name: string; role: Role; disabledAt: Date | null };

/**
 * Loads the user a role or status change is about, after taking the one lock
 * every such change takes: two admins demoting each other at once would
 * otherwise each see the other still an admin and leave none.
 */
export async function lockUserForChange(tx: Tx, userId: string): Promise<ManagedUser> {
  await tx`SELECT pg_advisory_xact_lock(hashtext('goldenhub:user-admins'))`;
  const [user] = await tx<ManagedUser[]>`SELECT id, email, name, role, "disabledAt" FROM "User" WHERE id = ${userId} FOR UPDATE`;
  if (!user) throw new AppError("NOT_FOUND", "No user has that id; reload the page.");
  return user;
}

/**
 * Refuses a change that would take administration away: an admin demoting or
 * disabling themselves (they could lock everyone out by a slip of the mouse),
 * or the last enabled admin losing the role, which nobody could then undo.
 */
export async function guardAdministration(tx: Tx, principal: Principal, user: ManagedUser, change: "demote" | "disable"): Promise<void> {
  const verb = change === "demote" ? "change your own role" : "disable your own account";
  if (principal.kind === "user" && principal.id === user.id) throw new AppError("CONFLICT", `You cannot ${verb}; ask another administrator.`);
  if (user.role !== "ADMIN" || user.disabledAt) return;
  const [{ others }] = await tx<{ others: number }[]>`
    SELECT count(*)::int AS others FROM "User" WHERE role = 'ADMIN' AND "disabledAt" IS NULL AND id <> ${user.id}`;
  if (others === 0) {
    const what = change === "demote" ? "change their role" : "disable them";
    throw new AppError("CONFLICT", `${user.email} is the last enabled administrator; make someone else an administrator before you ${what}.`);
  }
}
