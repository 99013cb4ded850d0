import { authorize } from "@/src/auth/permissions";
import type { Principal } from "@/src/auth/principal";
import { sumImportBatches, type ImportCounts } from "./sum-import-batches";
import { STALLED_AFTER_MS } from "./upload-limits";
import type { UploadInspection, UploadState } from "./upload-state";
import { readUpload, runningImports } from "./upload-store";

/** Where an import stands: reading the file into batches, waiting for matching, or over. */
export type ImportPhase = "storing" | "matching" | "done" | "failed" | "interrupted";

export type ImportView = {
  sourceKey: string;
  startedBy: string;
  startedAt: string;
  phase: ImportPhase;
  /** rows in the file, rows read into batches so far, and of those the ones quarantined */
  rowsInFile: number;
  rowsRead: number;
  quarantined: number;
  /** valid records matched so far of all stored, and batches finished of all stored */
  processed: number;
  total: number;
  batchesDone: number;
  batches: number;
  counts: ImportCounts;
  error: string | null;
  /** batches have waited a while and no worker has started one: the page says to start a worker */
  waitingForWorker: boolean;
  seconds: number;
};

/** An upload as the import page and its progress route show it. */
export type UploadView = {
  id: string;
  fileName: string;
  size: number;
  encoding: UploadState["encoding"];
  status: UploadState["status"];
  createdBy: string;
  createdAt: string;
  inspection: UploadInspection | null;
  import: ImportView | null;
};

/** How long batches may wait unstarted before the page asks whether a worker runs. */
const WORKER_HINT_AFTER_MS = 15_000;

const INTERRUPTED = "The import stopped while reading the file, when the portal was restarted.";
const AGAIN = "Upload the file again to finish it: rows already stored come back as unchanged.";

async function importView(state: UploadState, now: number): Promise<ImportView | null> {
  const started = state.import;
  if (!started) return null;
  const sums = await sumImportBatches(started.batchIds, new Date(now));
  const stalled = state.status === "storing" && !runningImports.has(state.id) && now - Date.parse(state.updatedAt) > STALLED_AFTER_MS;
  const phase: ImportPhase = stalled
    ? "interrupted"
    : state.status === "storing"
      ? "storing"
      : state.status === "failed" || sums.failed
        ? "failed"
        : sums.batchesDone === sums.batches
          ? "done"
          : "matching";
  const error = stalled
    ? `${INTERRUPTED} ${started.rowsRead} rows were queued before it stopped. ${AGAIN}`
    : (started.error ?? (sums.failed ? `Matching batch ${sums.failed.batchId} failed: ${sums.failed.error}` : null));
  return {
    sourceKey: started.sourceKey,
    startedBy: started.startedBy,
    startedAt: started.startedAt,
    phase,
    rowsInFile: state.inspection?.rows ?? started.rowsRead,
    rowsRead: started.rowsRead,
    quarantined: Math.max(started.quarantined, sums.counts.quarantined),
    processed: sums.processed,
    total: sums.total,
    batchesDone: sums.batchesDone,
    batches: sums.batches,
    counts: sums.counts,
    error,
    waitingForWorker: phase !== "failed" && (sums.untouchedMs ?? 0) > WORKER_HINT_AFTER_MS,
    seconds: sums.seconds,
  };
}

/**
 * An upload with its preview and, once its import started, the import's
 * progress read from its batches, for admins only. The page renders it
 * first and its progress bar polls it through /api/imports/{id}.
 */
export async function getCsvUpload(opts: { principal: Principal; uploadId: string; now?: number }): Promise<UploadView> {
  authorize(opts.principal, "sources.manage");
  const state = await readUpload(opts.uploadId);
  return {
    id: state.id,
    fileName: state.fileName,
    size: state.size,
    encoding: state.encoding,
    status: state.status,
    createdBy: state.createdBy,
    createdAt: state.createdAt,
    inspection: state.inspection ?? null,
    import: await importView(state, opts.now ?? Date.now()),
  };
}
