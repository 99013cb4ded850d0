import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { isRecordId } from "@/src/ids";
import { listOpenSuspects, type SuspectSide } from "@/src/stewardship/list-open-suspects";
import { formatPercent, formatTime } from "@/app/components/format";
import { Pager } from "@/app/components/pager";
import { requireSession } from "@/app/components/require-session";

export const metadata: Metadata = { title: "Duplicate suspects" };

const PAGE_SIZE = 50;
const query = z.object({ after: z.string().refine(isRecordId).optional().catch(undefined), notice: z.string().optional().catch(undefined) });
const notices: Record<string, string> = { "not-duplicate": "Marked as not a duplicate. The pair will not be suggested again." };

function Side({ side }: { side: SuspectSide }) {
  return (
    <>
      <Link href={`/golden/${side.id}`}>{side.displayName}</Link>
      <div className="small muted">{side.sources.join(", ") || "no active source records"}</div>
    </>
  );
}

/** The review queue: open pairs, most likely duplicates first. */
export default async function SuspectsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireSession();
  const { after, notice } = query.parse(await searchParams);
  const page = await listOpenSuspects({ after, take: PAGE_SIZE });
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
        <p className="muted">Pairs matching could not decide on its own, most likely duplicates first.</p>
      </div>
      {page.rows.length ? (
        <table className="table">
          <thead>
            <tr>
              <th scope="col" className="num">
                Score
              </th>
              <th scope="col">Record</th>
              <th scope="col">Possible duplicate</th>
              <th scope="col">Suggested</th>
              <th scope="col">
                <span className="sr-only">Review</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {page.rows.map((s) => (
              <tr key={s.id}>
                <td className="num">
                  <span className="score" style={{ ["--score" as string]: s.score }}>
                    {formatPercent(s.score)}
                  </span>
                </td>
                <td>
                  <Side side={s.left} />
                </td>
                <td>
                  <Side side={s.right} />
                </td>
                <td className="nowrap">{formatTime(s.createdAt)}</td>
                <td>
                  <Link href={`/suspects/${s.id}`} className="button small">
                    Review
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="empty">No open duplicate suspects. Nothing is waiting for a decision.</p>
      )}
      <Pager path="/suspects" params={{}} after={after} nextCursor={page.nextCursor} shown={page.rows.length} total={page.total} />
    </>
  );
}
