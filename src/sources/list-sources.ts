import { authorize } from "@/src/auth/permissions";
import type { Principal } from "@/src/auth/principal";
import { prisma } from "@/src/db";

export type SourceRow = { id: string; key: string; name: string; kind: string; priority: number; mayHoldDuplicates: boolean };

/** The registered sources with the settings matching reads, for the admin's Matching page. */
export async function listSources(opts: { principal: Principal }): Promise<SourceRow[]> {
  authorize(opts.principal, "matching.manage");
  return prisma.source.findMany({
    orderBy: [{ name: "asc" }, { key: "asc" }],
    select: { id: true, key: true, name: true, kind: true, priority: true, mayHoldDuplicates: true },
  });
}
