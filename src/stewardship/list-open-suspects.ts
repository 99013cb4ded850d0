import { sql } from "@/src/db";
import { decodeCursor, encodeCursor, sortKeyOf } from "./queue/queue-cursor";
import { queueOrder } from "./queue/queue-order";
import type { QueueSort, SuspectQueueFilter } from "./queue/suspect-queue-filter";
import { suspectQueueWhere, suspectQueueWith } from "./queue/suspect-queue-where";

export type SuspectSide = { id: string; displayName: string; sources: string[] };
export type OpenSuspectRow = {
  id: string;
  score: number;
  createdAt: Date;
  assignee: { id: string; name: string } | null;
  deferredUntil: Date | null;
  left: SuspectSide;
  right: SuspectSide;
};
export type QueueOptions = { filter?: SuspectQueueFilter; sort?: QueueSort; now?: Date };

type Row = { id: string; score: number; createdAt: Date; assigneeId: string | null; assigneeName: string | null; deferredUntil: Date | null; leftId: string; leftName: string; rightId: string; rightName: string };

/** The names of the sources behind each golden record, for the few shown on a page. */
async function sourcesOf(goldenIds: string[]): Promise<Map<string, string[]>> {
  const rows = await sql<{ goldenRecordId: string; name: string }[]>`
    SELECT DISTINCT r."goldenRecordId", src.name FROM "SourceRecord" r JOIN "Source" src ON src.id = r."sourceId"
    WHERE r."goldenRecordId" = ANY(${goldenIds}::text[]) AND r.status = 'ACTIVE' ORDER BY src.name`;
  const map = new Map<string, string[]>();
  for (const r of rows) map.set(r.goldenRecordId, [...(map.get(r.goldenRecordId) ?? []), r.name]);
  return map;
}

/** The queue's pager counts this far; past it a steward reads "1,000+" and narrows the filter. */
export const COUNT_CAP = 1_000;

/**
 * How many open suspects the filter holds, exactly up to `cap` and `cap + 1`
 * for "more than that": a filter testing every row (a source) would
 * otherwise take a second to count 100,000 suspects.
 */
export async function countOpenSuspects(opts: QueueOptions & { cap?: number } = {}): Promise<number> {
  const filter = opts.filter ?? {};
  const [row] = await sql<{ n: number }[]>`
    ${suspectQueueWith(filter)}
    SELECT count(*)::int AS n FROM (
      SELECT 1 FROM "DuplicateSuspect" s ${filter.entity ? sql`JOIN "GoldenRecord" l ON l.id = s."leftId"` : sql``}
      WHERE ${suspectQueueWhere(filter, opts.now ?? new Date())} LIMIT ${(opts.cap ?? COUNT_CAP) + 1}) counted`;
  return row.n;
}

/**
 * One page of the stewards' work queue, filtered and sorted as asked, with
 * keyset paging (`after` is the previous page's `nextCursor`), so page 2,000
 * of 100,000 open suspects costs what the first page does. `total` is
 * counted up to `COUNT_CAP` (`COUNT_CAP + 1` means more).
 */
export async function listOpenSuspects(opts: QueueOptions & { after?: string; take: number }): Promise<{ rows: OpenSuspectRow[]; total: number; nextCursor: string | null }> {
  const filter = opts.filter ?? {};
  const sort = opts.sort ?? "score-desc";
  const now = opts.now ?? new Date();
  const { order, after } = queueOrder(sort, decodeCursor(opts.after));
  const [found, total] = await Promise.all([
    sql<Row[]>`
      ${suspectQueueWith(filter)}
      SELECT s.id, s.score, s."createdAt", s."assigneeId", u.name AS "assigneeName", s."deferredUntil",
        l.id AS "leftId", l."displayName" AS "leftName", r.id AS "rightId", r."displayName" AS "rightName"
      FROM "DuplicateSuspect" s
      JOIN "GoldenRecord" l ON l.id = s."leftId"
      JOIN "GoldenRecord" r ON r.id = s."rightId"
      LEFT JOIN "User" u ON u.id = s."assigneeId"
      WHERE ${suspectQueueWhere(filter, now)} ${after}
      ORDER BY ${order}
      LIMIT ${opts.take + 1}`,
    countOpenSuspects({ filter, now }),
  ]);
  const page = found.slice(0, opts.take);
  const sources = await sourcesOf(page.flatMap((s) => [s.leftId, s.rightId]));
  const side = (id: string, displayName: string): SuspectSide => ({ id, displayName, sources: sources.get(id) ?? [] });
  const rows = page.map((s) => ({
    id: s.id,
    score: s.score,
    createdAt: s.createdAt,
    assignee: s.assigneeId ? { id: s.assigneeId, name: s.assigneeName ?? s.assigneeId } : null,
    deferredUntil: s.deferredUntil,
    left: side(s.leftId, s.leftName),
    right: side(s.rightId, s.rightName),
  }));
  const last = rows[rows.length - 1];
  return { rows, total, nextCursor: found.length > opts.take && last ? encodeCursor({ key: sortKeyOf(sort, last), id: last.id }) : null };
}
