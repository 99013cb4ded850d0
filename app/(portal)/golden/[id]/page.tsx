import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { can } from "@/src/auth/permissions";
import { AppError } from "@/src/errors";
import { attributeNames, type AttributeName } from "@/src/golden/attributes";
import { listMerges } from "@/src/golden/list-merges";
import { loadGoldenRecord } from "@/src/golden/load-golden-record";
import { formatPercent, formatTime } from "@/app/components/format";
import { requirePrincipal } from "@/app/components/require-principal";
import { StatusBadge } from "@/app/components/status-badge";
import { CommentsPanel } from "@/app/components/comments/comments-panel";
import { AttributesTable } from "./attributes-table";
import { CorrectionForm } from "./correction-form";
import { HistoryTable } from "./history-table";
import { MergesPanel } from "./merges-panel";
import { SplitForm } from "./split-form";
import { VersionDiff } from "./version-diff";
import { XrefsTable } from "./xrefs-table";

export const metadata: Metadata = { title: "Golden record" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// Only known notices are shown, so a crafted link cannot put arbitrary text on the page.
const notices: Record<string, string> = {
  merged: "Merged. This is the surviving golden record; the other record now points here.",
  corrected: "Correction saved as a steward override: it wins over source updates until cleared.",
  cleared: "Override cleared: the sources decide this value again.",
  split: "Split out. This new golden record holds the source record; the pair is kept apart unless you chose otherwise.",
  unmerged: "Merge undone. The other record stands again under its own id.",
  requested: "Sent for approval: a change request waits on the Requests page for an approver. Nothing changes until then.",
};

/** Which steward form the links in the tables opened; anything else in the URL is ignored. */
const openedForm = z.object({
  notice: z.string().optional(),
  edit: z.enum(attributeNames).optional(),
  clear: z.enum(attributeNames).optional(),
  split: z.string().max(64).optional(),
});

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
  const principal = await requirePrincipal();
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const opened = openedForm.safeParse(query);
  const { notice, edit, clear, split } = opened.success ? opened.data : {};
  const [golden, merges] = await Promise.all([load(id), listMerges({ survivorId: id })]);
  const noticeText = notice ? notices[notice] : undefined;
  const active = golden.status === "ACTIVE";
  const mayEdit = active && can(principal, "records.edit");
  const activeXrefs = golden.xrefs.filter((x) => x.status === "ACTIVE");
  const maySplit = active && can(principal, "records.unmerge") && activeXrefs.length > 1;
  const splitting = maySplit ? activeXrefs.find((x) => x.id === split) : undefined;
  const logged = new Set(merges.map((m) => m.merged.id));
  const unlogged = golden.mergedFrom.filter((m) => !logged.has(m.id));
  const values = Object.fromEntries(golden.attributes.map((a) => [a.name, a.value])) as Partial<Record<AttributeName, string>>;
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
        <AttributesTable attributes={golden.attributes} mayEdit={mayEdit} />
        {mayEdit && (
          <details className="steward-details" open={Boolean(edit || clear)}>
            <summary>Correct a value…</summary>
            <CorrectionForm
              key={`${edit ?? ""}${clear ?? ""}${golden.version}`}
              goldenRecordId={golden.id}
              version={golden.version}
              values={values}
              overridden={Object.keys(golden.overrides) as AttributeName[]}
              initial={clear ? { attribute: clear, mode: "clear" } : edit ? { attribute: edit, mode: "set" } : null}
            />
          </details>
        )}
      </section>
      <section className="panel" aria-labelledby="xrefs">
        <h2 id="xrefs">Source records ({golden.xrefs.length})</h2>
        <XrefsTable xrefs={golden.xrefs} attributes={golden.attributes} maySplit={maySplit} />
        {splitting && <SplitForm key={`${splitting.id}${golden.version}`} goldenRecordId={golden.id} version={golden.version} record={splitting} />}
      </section>
      {merges.length > 0 && (
        <section className="panel" aria-labelledby="merges">
          <h2 id="merges">Merges into this record</h2>
          <MergesPanel goldenRecordId={golden.id} merges={merges} mayUndo={active && can(principal, "records.unmerge")} />
        </section>
      )}
      {unlogged.length > 0 && (
        <section className="panel" aria-labelledby="merged-from">
          <h2 id="merged-from">Other records merged into this one</h2>
          <ul className="plain">
            {unlogged.map((m) => (
              <li key={m.id}>
                <Link href={`/golden/${m.id}`}>{m.displayName}</Link> <code className="muted">{m.id}</code>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section className="panel" aria-labelledby="comments">
        <h2 id="comments">Comments</h2>
        <CommentsPanel targetType="GoldenRecord" targetId={golden.id} path={`/golden/${golden.id}`} principal={principal} />
      </section>
      <section className="panel" aria-labelledby="history">
        <h2 id="history">History</h2>
        <HistoryTable versions={golden.versions} />
        <VersionDiff goldenRecordId={golden.id} latest={golden.version} query={query} />
      </section>
    </>
  );
}
