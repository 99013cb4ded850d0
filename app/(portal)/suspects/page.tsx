import type { Metadata } from "next";
import { z } from "zod";
import { can } from "@/src/auth/permissions";
import { prisma } from "@/src/db";
import { isRecordId } from "@/src/ids";
import { loadBulkMerge } from "@/src/stewardship/bulk-merge/load-bulk-merge";
import { listOpenSuspects, type OpenSuspectRow } from "@/src/stewardship/list-open-suspects";
import { listStewards } from "@/src/stewardship/list-stewards";
import { formatPercent, formatTime } from "@/app/components/format";
import { requirePrincipal } from "@/app/components/require-principal";
import { BulkMergePanel } from "./bulk-merge-panel";
import { BulkProgress } from "./bulk-progress";
import { QueueFilters } from "./queue-filters";
import { QueuePager } from "./queue-pager";
import { parseQueueParams, queueFilter, queueHref, queueSort, type QueueParams } from "./queue-params";
import { QueueTable, type QueueRow } from "./queue-table";

export const metadata: Metadata = { title: "Duplicate suspects" };

const PAGE_SIZE = 50;
const extras = z.object({
  after: z.string().regex(/^[A-Za-z0-9_-]{1,400}$/).optional().catch(undefined),
  notice: z.string().optional().catch(undefined),
  bulk: z.string().refine(isRecordId).optional().catch(undefined),
  confirm: z.coerce.number().int().min(1).max(100).optional().catch(undefined),
});
const notices: Record<string, string> = { "not-duplicate": "Marked as not a duplicate. The pair will not be suggested again." };

function toRow(s: OpenSuspectRow, params: QueueParams): QueueRow {
  const side = (g: OpenSuspectRow["left"]) => ({ id: g.id, displayName: g.displayName, sources: g.sources.join(", ") || "no active source records" });
  return {
    id: s.id,
    href: queueHref(`/suspects/${s.id}`, params),
    score: s.score,
    percent: formatPercent(s.score),
    left: side(s.left),
    right: side(s.right),
    assignee: s.assignee?.name ?? null,
    deferredUntil: s.deferredUntil ? formatTime(s.deferredUntil) : null,
    suggested: formatTime(s.createdAt),
  };
}

/** The review queue: open pairs, filtered and sorted as the steward asks, with a bulk merge over the filter. */
export default async function SuspectsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const principal = await requirePrincipal();
  const raw = await searchParams;
  const { params, issues } = parseQueueParams(raw);
  const { after, notice, bulk, confirm } = extras.parse(raw);
  const filter = queueFilter(params, principal.id);
  const [page, sources, stewards, bulkMerge] = await Promise.all([
    listOpenSuspects({ filter, sort: queueSort(params), after, take: PAGE_SIZE }),
    prisma.source.findMany({ orderBy: { name: "asc" }, select: { key: true, name: true } }),
    listStewards(),
    bulk ? loadBulkMerge({ id: bulk }) : null,
  ]);
  const noticeText = notice ? notices[notice] : undefined;
  return (
    <>
      {noticeText && (
        <p className="notice ok" role="status">
          {noticeText}
        </p>
      )}
      <div className="page-head">
        <h1>Duplicate suspects</h1>
        <p className="muted">Pairs matching could not decide on its own. Filter the queue, open a pair, decide; the keyboard works throughout.</p>
      </div>
      <QueueFilters params={params} sources={sources} stewards={stewards} />
      {issues.length > 0 && (
        <p className="notice warn" role="alert">
          Left out of the filter: {issues.join(" ")}
        </p>
      )}
      {bulkMerge && <BulkProgress {...bulkMerge} />}
      {can(principal, "suspects.decide") && page.total > 0 && <BulkMergePanel params={params} filter={filter} confirmAt={confirm} />}
      {page.rows.length ? (
        <QueueTable rows={page.rows.map((s) => toRow(s, params))} />
      ) : (
        <p className="empty">{Object.keys(params).some((k) => k !== "sort") ? "No open suspect matches this filter." : "No open duplicate suspects. Nothing is waiting for a decision."}</p>
      )}
      <QueuePager params={params} after={after} nextCursor={page.nextCursor} shown={page.rows.length} total={page.total} />
    </>
  );
}
