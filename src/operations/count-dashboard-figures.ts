import { sql } from "@/src/db";

export type DashboardFigures = {
  activeGoldenRecords: number;
  sourceRecords: number;
  sources: number;
  openSuspects: number;
  quarantined: number;
  changeEvents: number;
};

/** The hub's vital signs, counted live in one statement so a steward sees the state of the data, not of a cache. */
export async function countDashboardFigures(): Promise<DashboardFigures> {
  const [row] = await sql<DashboardFigures[]>`
    SELECT (SELECT count(*) FROM "GoldenRecord" WHERE status = 'ACTIVE')::int AS "activeGoldenRecords",
           (SELECT count(*) FROM "SourceRecord" WHERE status = 'ACTIVE')::int AS "sourceRecords",
           (SELECT count(*) FROM "Source")::int AS sources,
           (SELECT count(*) FROM "DuplicateSuspect" WHERE status = 'OPEN')::int AS "openSuspects",
           (SELECT count(*) FROM "RejectedRecord")::int AS quarantined,
           (SELECT count(*) FROM "ChangeEvent")::int AS "changeEvents"`;
  return row;
}
