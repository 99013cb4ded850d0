import { prisma } from "@/src/db";
import { AppError } from "@/src/errors";
import type { Principal } from "./principal";

/**
 * The principal a signed-in person acts as. Sessions outlive role changes and
 * disabling, so the role is read from the User row on every request, never
 * from the session token, and a removed or disabled user is refused outright.
 */
export async function principalForUser(userId: string): Promise<Principal> {
  const user = await prisma.user.findUnique({ where: { id: userId }, select: { id: true, email: true, role: true, disabledAt: true } });
  if (!user) throw new AppError("UNAUTHENTICATED", "Your session belongs to a user who no longer exists; sign in again.");
  if (user.disabledAt) throw new AppError("UNAUTHENTICATED", "Your account is disabled; ask an administrator to enable it.");
  return { kind: "user", id: user.id, label: `user:${user.email}`, role: user.role, sourceId: null };
}
