import { rm } from "node:fs/promises";
import { authorize } from "@/src/auth/permissions";
import type { Principal } from "@/src/auth/principal";
import { AppError } from "@/src/errors";
import { inspectCsv } from "./inspect-csv";
import { transcodeUpload } from "./transcode-upload";
import type { UploadState } from "./upload-state";
import { readUpload, removeUpload, uploadFiles, withUploadLock, writeUpload } from "./upload-store";

/**
 * Ends an upload once every byte has arrived: writes it again as checked
 * UTF-8 and reads it through once for the preview. Anything wrong (a byte
 * that is not UTF-8, an unclosed quote, no rows) removes the whole upload
 * and says what was wrong, so no half-checked file is ever offered for
 * import. Finishing one already finished returns it as it is.
 */
export async function finishCsvUpload(opts: { principal: Principal; uploadId: string }): Promise<UploadState> {
  authorize(opts.principal, "sources.manage");
  return withUploadLock(opts.uploadId, async () => {
    const state = await readUpload(opts.uploadId);
    if (state.status !== "receiving") return state;
    if (state.received !== state.size) {
      throw new AppError("CONFLICT", `${state.received} of the ${state.size} bytes of ${state.fileName} have arrived; send the rest before finishing.`);
    }
    const files = uploadFiles(state.id);
    try {
      await transcodeUpload({ from: files.received, to: files.checked, encoding: state.encoding, fileName: state.fileName });
      await rm(files.received, { force: true });
      const inspection = await inspectCsv({ file: files.checked, fileName: state.fileName });
      return await writeUpload({ ...state, status: "ready", inspection });
    } catch (err) {
      await removeUpload(state.id);
      throw err;
    }
  });
}
