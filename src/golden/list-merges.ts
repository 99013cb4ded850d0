import { prisma } from "@/src/db";

export type MergeEntry = {
  id: string;
  merged: { id: string; displayName: string };
  sourceRecordCount: number;
  actor: string;
  createdAt: Date;
  undone: { at: Date; by: string | null } | null;
};

/** The merges that joined other records into this one, newest first, so a steward can see and undo a wrong one. */
export async function listMerges({ survivorId }: { survivorId: string }): Promise<MergeEntry[]> {
  const merges = await prisma.goldenMerge.findMany({ where: { survivorId }, orderBy: { createdAt: "desc" }, take: 50 });
  const names = new Map(
    (await prisma.goldenRecord.findMany({ where: { id: { in: merges.map((m) => m.mergedId) } }, select: { id: true, displayName: true } })).map((g) => [g.id, g.displayName]),
  );
  return merges.map((m) => ({
    id: m.id,
    merged: { id: m.mergedId, displayName: names.get(m.mergedId) ?? m.mergedId },
    sourceRecordCount: m.sourceRecordIds.length,
    actor: m.actor,
    createdAt: m.createdAt,
    undone: m.undoneAt ? { at: m.undoneAt, by: m.undoneBy } : null,
  }));
}
