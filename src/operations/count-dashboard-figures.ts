import { prisma } from "@/src/db";

export type DashboardFigures = {
  activeGoldenRecords: number;
  sourceRecords: number;
  sources: number;
  openSuspects: number;
  quarantined: number;
  changeEvents: number;
  deliveriesPending: number;
  deliveriesFailed: number;
};

/** The hub's vital signs, counted live so a steward sees the state of the data, not of a cache. */
export async function countDashboardFigures(): Promise<DashboardFigures> {
  const [activeGoldenRecords, sourceRecords, sources, openSuspects, quarantined, changeEvents, deliveriesPending, deliveriesFailed] =
    await Promise.all([
      prisma.goldenRecord.count({ where: { status: "ACTIVE" } }),
      prisma.sourceRecord.count({ where: { status: "ACTIVE" } }),
      prisma.source.count(),
      prisma.duplicateSuspect.count({ where: { status: "OPEN" } }),
      prisma.rejectedRecord.count(),
      prisma.changeEvent.count(),
      prisma.delivery.count({ where: { status: "PENDING" } }),
      prisma.delivery.count({ where: { status: "FAILED" } }),
    ]);
  return { activeGoldenRecords, sourceRecords, sources, openSuspects, quarantined, changeEvents, deliveriesPending, deliveriesFailed };
}
