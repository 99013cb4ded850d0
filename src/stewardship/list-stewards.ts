import { can } from "@/src/auth/permissions";
import { prisma } from "@/src/db";

export type Steward = { id: string; name: string; email: string };

/** The people a suspect can be handed to: enabled users the policy lets decide suspects. */
export async function listStewards(): Promise<Steward[]> {
  const users = await prisma.user.findMany({ where: { disabledAt: null }, orderBy: [{ name: "asc" }, { email: "asc" }], select: { id: true, name: true, email: true, role: true } });
  return users
    .filter((u) => can({ kind: "user", id: u.id, label: `user:${u.email}`, role: u.role, sourceId: null }, "suspects.decide"))
    .map(({ id, name, email }) => ({ id, name, email }));
}
