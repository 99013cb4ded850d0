import { prisma } from "@/src/db";

export type RecentChangeEvent = {
  id: string;
  sequence: string;
  type: string;
  goldenRecordId: string;
  displayName: string;
  createdAt: Date;
  dispatchedAt: Date | null;
};

/** The newest outbox events, newest first: what just changed and whether it has gone out yet. */
export async function listRecentChangeEvents({ take }: { take: number }): Promise<RecentChangeEvent[]> {
  const events = await prisma.changeEvent.findMany({
    orderBy: { sequence: "desc" },
    take,
    select: {
      id: true,
      sequence: true,
      type: true,
      goldenRecordId: true,
      createdAt: true,
      dispatchedAt: true,
      goldenRecord: { select: { displayName: true } },
    },
  });
  return events.map(({ goldenRecord, sequence, ...e }) => ({ ...e, sequence: sequence.toString(), displayName: goldenRecord.displayName }));
}
