import type { Role } from "@/prisma/generated/client";
import { prisma } from "@/src/db";
import { authorize } from "./permissions";
import type { Principal } from "./principal";

export type UserRow = { id: string; email: string; name: string; role: Role; disabledAt: Date | null; createdAt: Date };

/**
 * Everyone who may sign in, enabled users first, for the admin's Users page.
 * A hub has tens of users, not thousands, so one page holds them all.
 */
export async function listUsers(opts: { principal: Principal }): Promise<UserRow[]> {
  authorize(opts.principal, "users.manage");
  const users = await prisma.user.findMany({
    orderBy: [{ email: "asc" }],
    select: { id: true, email: true, name: true, role: true, disabledAt: true, createdAt: true },
  });
  return users.sort((a, b) => Number(Boolean(a.disabledAt)) - Number(Boolean(b.disabledAt)));
}
