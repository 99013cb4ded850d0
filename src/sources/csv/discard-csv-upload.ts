import { authorize } from "@/src/auth/permissions";
import type { Principal } from "@/src/auth/principal";
import { AppError } from "@/src/errors";
import { readUpload, removeUpload, runningImports, withUploadLock } from "./upload-store";

/**
 * Throws an upload away (the wrong file, a mapping to start over): its
 * bytes and state leave the server at once instead of after a day. An
 * import still storing its rows cannot be discarded; its batches are kept.
 */
export async function discardCsvUpload(opts: { principal: Principal; uploadId: string }): Promise<void> {
  authorize(opts.principal, "sources.manage");
  await withUploadLock(opts.uploadId, async () => {
    const state = await readUpload(opts.uploadId);
    if (runningImports.has(state.id)) throw new AppError("CONFLICT", `${state.fileName} is being imported; wait until its rows are stored.`);
    await removeUpload(state.id);
  });
}
