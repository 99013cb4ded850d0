import { authorize } from "@/src/auth/permissions";
import type { Principal } from "@/src/auth/principal";
import { prisma } from "@/src/db";

/** The CSV sources an upload may go into, for the import form's choice; connector and API sources are never offered. */
export async function listCsvSources(opts: { principal: Principal }): Promise<{ key: string; name: string }[]> {
  authorize(opts.principal, "sources.manage");
  return prisma.source.findMany({ where: { kind: "CSV" }, select: { key: true, name: true }, orderBy: { key: "asc" } });
}
