"use client";

import Link from "next/link";
import { useEffect, useState } from "react";
import type { ImportPhase, ImportView } from "@/src/sources/csv/get-csv-upload";
import { formatCount } from "@/app/components/format";

const badges: Record<ImportPhase, { tone: string; word: string }> = {
  storing: { tone: "info", word: "storing" },
  matching: { tone: "info", word: "matching" },
  done: { tone: "ok", word: "done" },
  failed: { tone: "bad", word: "failed" },
  interrupted: { tone: "bad", word: "interrupted" },
};

const rows = (n: number) => `${formatCount(n)} ${n === 1 ? "row" : "rows"}`;

function sentence(view: ImportView): string {
  switch (view.phase) {
    case "storing":
      return `Reading the file into batches: ${rows(view.rowsRead)} of ${formatCount(view.rowsInFile)} stored so far.`;
    case "matching":
      return `All ${rows(view.rowsRead)} are stored; the workers are matching them.`;
    case "done":
      return `Done: ${rows(view.rowsRead)} imported into ${view.sourceKey} in ${view.seconds < 10 ? view.seconds.toFixed(1) : Math.round(view.seconds)} s.`;
    default:
      return view.phase === "failed" ? "The import failed." : "The import was interrupted.";
  }
}

/** How often the page asks for the import's progress while it runs. */
const POLL_MS = 1500;

/**
 * An import's progress, asked of /api/imports/{id} every second and a half
 * until it is done or failed: rows stored of the file, records matched of
 * those stored, batches finished, and the rows quarantined on the way.
 */
export function ImportProgress({ uploadId, initial }: { uploadId: string; initial: ImportView }) {
  const [view, setView] = useState(initial);
  const [unreachable, setUnreachable] = useState<string | null>(null);
  const running = view.phase === "storing" || view.phase === "matching";
  useEffect(() => {
    if (!running) return;
    let live = true;
    const timer = setInterval(async () => {
      try {
        const response = await fetch(`/api/imports/${uploadId}`, { cache: "no-store" });
        const body = (await response.json()) as { import?: ImportView | null; error?: { message: string } };
        if (!live) return;
        if (!response.ok) return setUnreachable(body.error?.message ?? `The portal answered ${response.status}.`);
        setUnreachable(null);
        if (body.import) setView(body.import);
      } catch {
        if (live) setUnreachable("The portal cannot be reached just now; still trying.");
      }
    }, POLL_MS);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [uploadId, running]);

  const finished = view.phase === "done";
  const { counts } = view;
  return (
    <section className="panel import-progress" aria-labelledby="import-progress">
      <h2 id="import-progress">
        Progress <span className={`badge ${badges[view.phase].tone}`}>{badges[view.phase].word}</span>
      </h2>
      <p role="status" className="import-sentence">
        {sentence(view)}
      </p>
      <div className="import-bars">
        <div className="import-bar">
          <label htmlFor="import-stored">
            Rows stored: {formatCount(view.rowsRead)} of {formatCount(view.rowsInFile)}
          </label>
          <progress id="import-stored" max={Math.max(view.rowsInFile, 1)} value={view.phase === "storing" ? view.rowsRead : Math.max(view.rowsInFile, 1)} />
        </div>
        <div className="import-bar">
          <label htmlFor="import-matched">
            Records matched: {formatCount(view.processed)} of {formatCount(view.total)}{" "}
            <span className="muted small">
              ({formatCount(view.batchesDone)} of {formatCount(view.batches)} batches done)
            </span>
          </label>
          <progress id="import-matched" max={Math.max(view.total, 1)} value={finished ? Math.max(view.total, 1) : view.processed} />
        </div>
      </div>
      <dl className="mini-figures">
        <div className={view.quarantined ? "warn" : undefined}>
          <dt>Quarantined</dt>
          <dd>{view.quarantined ? <Link href="/quarantine">{formatCount(view.quarantined)}</Link> : 0}</dd>
        </div>
        <div>
          <dt>New golden records</dt>
          <dd>{formatCount(counts.created)}</dd>
        </div>
        <div>
          <dt>Linked to existing</dt>
          <dd>{formatCount(counts.linked)}</dd>
        </div>
        <div>
          <dt>Sent to review</dt>
          <dd>{formatCount(counts.suspects)}</dd>
        </div>
        <div>
          <dt>Updated</dt>
          <dd>{formatCount(counts.updated)}</dd>
        </div>
        <div>
          <dt>Unchanged</dt>
          <dd>{formatCount(counts.unchanged + counts.stale)}</dd>
        </div>
      </dl>
      {view.quarantined > 0 && (
        <p className="small">
          {rows(view.quarantined)} failed a check; {view.quarantined === 1 ? "it waits" : "they wait"} in the <Link href="/quarantine">quarantine</Link> with the reason.
        </p>
      )}
      {view.error && (
        <p className="form-message" role="alert">
          {view.error}
        </p>
      )}
      {view.waitingForWorker && (
        <p className="notice warn">No worker has started on these batches yet. They wait safely in the database and are matched once a worker runs (`npm run worker`).</p>
      )}
      {unreachable && <p className="muted small">{unreachable}</p>}
      {counts.suspects > 0 && finished && (
        <p className="small">
          <Link href="/suspects">Review the {formatCount(counts.suspectPairs)} duplicate suspects</Link> this import found.
        </p>
      )}
    </section>
  );
}
