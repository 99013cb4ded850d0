import { prisma } from "@/src/db";

export type SuspectSide = { id: string; displayName: string; sources: string[] };
export type OpenSuspectRow = { id: string; score: number; createdAt: Date; left: SuspectSide; right: SuspectSide };

const side = {
  select: {
    id: true,
    displayName: true,
    sourceRecords: { where: { status: "ACTIVE" as const }, distinct: ["sourceId" as const], select: { source: { select: { name: true } } } },
  },
};

/** The stewards' work queue: undecided pairs, most likely duplicates first. */
export async function listOpenSuspects(opts: { after?: string; take: number }): Promise<{ rows: OpenSuspectRow[]; total: number; nextCursor: string | null }> {
  const [suspects, total] = await Promise.all([
    prisma.duplicateSuspect.findMany({
      where: { status: "OPEN" },
      orderBy: [{ score: "desc" }, { id: "asc" }],
      take: opts.take + 1,
      ...(opts.after ? { cursor: { id: opts.after }, skip: 1 } : {}),
      select: { id: true, score: true, createdAt: true, left: side, right: side },
    }),
    prisma.duplicateSuspect.count({ where: { status: "OPEN" } }),
  ]);
  const toSide = (g: (typeof suspects)[number]["left"]): SuspectSide => ({
    id: g.id,
    displayName: g.displayName,
    sources: g.sourceRecords.map((r) => r.source.name).sort(),
  });
  const rows = suspects.slice(0, opts.take).map((s) => ({ ...s, left: toSide(s.left), right: toSide(s.right) }));
  return { rows, total, nextCursor: suspects.length > opts.take ? rows[rows.length - 1].id : null };
}
