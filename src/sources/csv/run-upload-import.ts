import { rm } from "node:fs/promises";
import { AppError } from "@/src/errors";
import { logger } from "@/src/operations/logger";
import { importCsv } from "./import-csv";
import type { ImportPlan } from "./plan-upload-import";
import type { UploadState } from "./upload-state";
import { runningImports, uploadFiles, writeUpload } from "./upload-store";

const UNEXPECTED = "The import stopped on an unexpected error (the server's log has it).";
const AGAIN = "Upload the file again to finish it: rows already stored come back as unchanged.";

/**
 * Stores an upload's rows through `importCsv`, writing how far it got into
 * the upload's state after each batch for the progress page. Settles with
 * the final state and never rejects; the checked file is removed either way,
 * as the batches now hold its rows.
 */
export async function runUploadImport(opts: { upload: UploadState; plan: ImportPlan }): Promise<UploadState> {
  let state = opts.upload;
  const importing = () => state.import!;
  const files = uploadFiles(state.id);
  try {
    const result = await importCsv({
      ...opts.plan,
      file: files.checked,
      fileName: state.fileName,
      onBatch: async ({ rows, quarantined, batchId }) => {
        const next = { ...state, import: { ...importing(), rowsRead: rows, quarantined, batchIds: [...importing().batchIds, batchId] } };
        state = await writeUpload(next).catch((err: unknown) => {
          logger.warn({ err, upload: state.id }, "could not record a CSV import's progress");
          return next;
        });
      },
    });
    const done = { ...importing(), rowsRead: result.rows, quarantined: result.quarantined, batchIds: result.batchIds, finishedAt: new Date().toISOString() };
    state = await writeUpload({ ...state, status: "stored", import: done });
  } catch (err) {
    if (!(err instanceof AppError)) logger.error({ err, upload: state.id }, "a CSV import from the portal failed");
    // importCsv's own message already counts the rows queued before a refusal; an unexpected error does not.
    const queued = importing().batchIds.length > 0;
    const reason = err instanceof AppError ? err.message : `${UNEXPECTED}${queued ? ` ${importing().rowsRead} rows were queued before it stopped.` : ""}`;
    const error = queued ? `${reason} ${AGAIN}` : reason;
    const failed: UploadState = { ...state, status: "failed", import: { ...importing(), error, finishedAt: new Date().toISOString() } };
    state = await writeUpload(failed).catch(() => failed);
  } finally {
    runningImports.delete(state.id);
    await rm(files.checked, { force: true }).catch(() => undefined);
  }
  return state;
}
