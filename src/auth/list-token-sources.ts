import { prisma } from "@/src/db";
import { authorize } from "./permissions";
import type { Principal } from "./principal";

/** The sources a new token can be bound to, by name, for the admin's token form. */
export async function listTokenSources(opts: { principal: Principal }): Promise<{ id: string; key: string; name: string }[]> {
  authorize(opts.principal, "users.manage");
  return prisma.source.findMany({ orderBy: [{ name: "asc" }, { key: "asc" }], select: { id: true, key: true, name: true } });
}
