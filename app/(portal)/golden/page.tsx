import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { unsafeCharacterProblem } from "@/src/ingest/unsafe-characters";
import { isRecordId } from "@/src/ids";
import { listGoldenRecords } from "@/src/golden/list-golden-records";
import { formatTime } from "@/app/components/format";
import { Pager } from "@/app/components/pager";
import { requireSession } from "@/app/components/require-session";
import { StatusBadge } from "@/app/components/status-badge";

export const metadata: Metadata = { title: "Golden records" };

const PAGE_SIZE = 50;

// A hand-edited URL falls back to the defaults instead of failing the page.
const query = z.object({
  q: z.string().trim().max(200).refine((q) => !unsafeCharacterProblem(q)).catch(""),
  status: z.enum(["ACTIVE", "MERGED", "all"]).catch("ACTIVE"),
  after: z.string().refine(isRecordId).optional().catch(undefined),
});

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Golden records by name, searchable and filterable, each row leading to its lineage and history. */
export default async function GoldenRecordsPage({ searchParams }: Props) {
  await requireSession();
  const { q, status, after } = query.parse({ q: "", status: "ACTIVE", ...(await searchParams) });
  const page = await listGoldenRecords({ search: q || undefined, status: status === "all" ? undefined : status, after, take: PAGE_SIZE });
  return (
    <>
      <div className="page-head">
        <h1>Golden records</h1>
      </div>
      <form className="filters" role="search" action="/golden">
        <label className="field inline grow">
          <span>Name contains</span>
          <input type="search" name="q" defaultValue={q} placeholder="e.g. Müller or Acme" />
        </label>
        <label className="field inline">
          <span>Status</span>
          <select name="status" defaultValue={status}>
            <option value="ACTIVE">Active</option>
            <option value="MERGED">Merged</option>
            <option value="all">All</option>
          </select>
        </label>
        <button type="submit" className="button">
          Search
        </button>
        {(q || status !== "ACTIVE") && <Link href="/golden">Clear</Link>}
      </form>
      {page.rows.length ? (
        <div className="scroll">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Email</th>
                <th scope="col">City</th>
                <th scope="col">Country</th>
                <th scope="col" className="num">
                  Source records
                </th>
                <th scope="col" className="num">
                  Version
                </th>
                <th scope="col">Status</th>
                <th scope="col">Updated</th>
              </tr>
            </thead>
            <tbody>
              {page.rows.map((r) => (
                <tr key={r.id}>
                  <td>
                    <Link href={`/golden/${r.id}`}>{r.displayName}</Link>
                  </td>
                  <td>{r.email ?? <span className="muted">—</span>}</td>
                  <td>{r.city ?? <span className="muted">—</span>}</td>
                  <td>{r.country ?? <span className="muted">—</span>}</td>
                  <td className="num">{r.sourceRecords}</td>
                  <td className="num">{r.version}</td>
                  <td>
                    <StatusBadge status={r.status} />
                  </td>
                  <td className="nowrap">{formatTime(r.updatedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="empty">{q ? `No golden record's name contains “${q}”.` : "No golden records match this filter."}</p>
      )}
      <Pager path="/golden" params={{ q: q || undefined, status: status === "ACTIVE" ? undefined : status }} after={after} nextCursor={page.nextCursor} shown={page.rows.length} total={page.total} />
    </>
  );
}
