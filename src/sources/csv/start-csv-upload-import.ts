import { recordAudit } from "@/src/audit/record-audit";
import { parseInput } from "@/src/auth/parse-input";
import { authorize } from "@/src/auth/permissions";
import type { Principal } from "@/src/auth/principal";
import { sql } from "@/src/db";
import { AppError } from "@/src/errors";
import { ensureCsvSource } from "./ensure-csv-source";
import { planUploadImport, startInputSchema } from "./plan-upload-import";
import { runUploadImport } from "./run-upload-import";
import type { UploadState } from "./upload-state";
import { readUpload, runningImports, withUploadLock, writeUpload } from "./upload-store";

function notReady(state: UploadState): AppError {
  if (state.status === "receiving") return new AppError("CONFLICT", `${state.fileName} has not been received whole yet.`);
  return new AppError("CONFLICT", `The import of ${state.fileName} has been started already.`);
}

/**
 * Starts importing a checked upload with the mapping an admin chose. Every
 * mistake in the form is refused with its field before anything is written;
 * then the source is registered if new, the start is audited, and the rows
 * go through `importCsv`, the command line's path. `finished` settles when
 * the file is stored as batches (never rejecting: a failure is kept in the
 * upload's state), so the caller can let it run past the request.
 */
export async function startCsvUploadImport(opts: { principal: Principal; uploadId: string; input: unknown }): Promise<{ upload: UploadState; finished: Promise<UploadState> }> {
  authorize(opts.principal, "sources.manage");
  const input = parseInput(startInputSchema, opts.input);
  const ready = await readUpload(opts.uploadId);
  if (ready.status !== "ready" || !ready.inspection) throw notReady(ready);
  const plan = await planUploadImport(ready.inspection.header, input);

  const upload = await withUploadLock(opts.uploadId, async () => {
    const state = await readUpload(opts.uploadId);
    if (state.status !== "ready") throw notReady(state);
    const source = await ensureCsvSource(plan.sourceKey);
    const at = new Date();
    const data = { fileName: state.fileName, rows: state.inspection?.rows, map: plan.map, idColumn: plan.idColumn ?? null, country: plan.country ?? null };
    await sql.begin((tx) => recordAudit(tx, opts.principal, at, { action: "source.import", targetType: "Source", targetId: source.id, data }));
    runningImports.add(state.id);
    const importing = { sourceKey: plan.sourceKey, startedBy: opts.principal.label, startedAt: at.toISOString(), rowsRead: 0, quarantined: 0, batchIds: [] };
    return writeUpload({ ...state, status: "storing", import: importing }).catch((err: unknown) => {
      runningImports.delete(state.id);
      throw err;
    });
  });
  return { upload, finished: runUploadImport({ upload, plan }) };
}
