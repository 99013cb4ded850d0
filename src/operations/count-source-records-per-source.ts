import { prisma } from "@/src/db";

export type SourceCount = { sourceId: string; name: string; key: string; count: number };

/** How much each source contributes, so an empty or runaway feed stands out at a glance. */
export async function countSourceRecordsPerSource(): Promise<SourceCount[]> {
  const [sources, counts] = await Promise.all([
    prisma.source.findMany({ select: { id: true, name: true, key: true }, orderBy: { name: "asc" } }),
    prisma.sourceRecord.groupBy({ by: ["sourceId"], where: { status: "ACTIVE" }, _count: { _all: true } }),
  ]);
  const bySource = new Map(counts.map((c) => [c.sourceId, c._count._all]));
  return sources
    .map((s) => ({ sourceId: s.id, name: s.name, key: s.key, count: bySource.get(s.id) ?? 0 }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}
