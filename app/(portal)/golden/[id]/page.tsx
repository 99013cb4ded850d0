import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AppError } from "@/src/errors";
import { loadGoldenRecord } from "@/src/golden/load-golden-record";
import { formatPercent, formatTime } from "@/app/components/format";
import { requireSession } from "@/app/components/require-session";
import { StatusBadge } from "@/app/components/status-badge";
import { AttributesTable } from "./attributes-table";
import { HistoryTable } from "./history-table";
import { XrefsTable } from "./xrefs-table";

export const metadata: Metadata = { title: "Golden record" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ notice?: string | string[] }> };

// Only known notices are shown, so a crafted link cannot put arbitrary text on the page.
const notices: Record<string, string> = { merged: "Merged. This is the surviving golden record; the other record now points here." };

async function load(id: string) {
  try {
    return await loadGoldenRecord({ id });
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

/** One golden record: its values and where each came from, its source records, and its history. */
export default async function GoldenRecordPage({ params, searchParams }: Props) {
  await requireSession();
  const [{ id }, { notice }] = await Promise.all([params, searchParams]);
  const golden = await load(id);
  const noticeText = typeof notice === "string" ? notices[notice] : undefined;
  return (
    <>
      {noticeText && (
        <p className="notice ok" role="status">
          {noticeText}
        </p>
      )}
      {golden.mergedInto && (
        <div className="notice merged" role="note">
          This record was merged into <Link href={`/golden/${golden.mergedInto.id}`}>{golden.mergedInto.displayName}</Link>. Its id
          stays valid, but the surviving record is the one to use.
        </div>
      )}
      <div className="page-head">
        <p className="crumbs">
          <Link href="/golden">Golden records</Link> /
        </p>
        <h1>
          {golden.displayName} <StatusBadge status={golden.status} />
        </h1>
        <dl className="meta">
          <dt>Id</dt>
          <dd>
            <code>{golden.id}</code>
          </dd>
          <dt>Version</dt>
          <dd>{golden.version}</dd>
          <dt>Created</dt>
          <dd>{formatTime(golden.createdAt)}</dd>
          <dt>Updated</dt>
          <dd>{formatTime(golden.updatedAt)}</dd>
        </dl>
      </div>
      {golden.openSuspects.length > 0 && (
        <div className="notice warn">
          Possible duplicate of{" "}
          {golden.openSuspects.map((s, i) => (
            <span key={s.id}>
              {i > 0 && ", "}
              <Link href={`/suspects/${s.id}`}>
                {s.other.displayName} ({formatPercent(s.score)})
              </Link>
            </span>
          ))}
          .
        </div>
      )}
      <section className="panel" aria-labelledby="attributes">
        <h2 id="attributes">Attributes and lineage</h2>
        <AttributesTable attributes={golden.attributes} />
      </section>
      <section className="panel" aria-labelledby="xrefs">
        <h2 id="xrefs">Source records ({golden.xrefs.length})</h2>
        <XrefsTable xrefs={golden.xrefs} attributes={golden.attributes} />
      </section>
      {golden.mergedFrom.length > 0 && (
        <section className="panel" aria-labelledby="merged-from">
          <h2 id="merged-from">Merged into this record</h2>
          <ul className="plain">
            {golden.mergedFrom.map((m) => (
              <li key={m.id}>
                <Link href={`/golden/${m.id}`}>{m.displayName}</Link> <code className="muted">{m.id}</code>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section className="panel" aria-labelledby="history">
        <h2 id="history">History</h2>
        <HistoryTable versions={golden.versions} />
      </section>
    </>
  );
}
