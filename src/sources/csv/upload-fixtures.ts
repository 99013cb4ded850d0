import type { Principal } from "@/src/auth/principal";
import { userPrincipal } from "@/src/testing/fixtures";
import { appendCsvUploadChunk } from "./append-csv-upload-chunk";
import { createCsvUpload } from "./create-csv-upload";
import { finishCsvUpload } from "./finish-csv-upload";
import type { UploadEncoding } from "./upload-state";

/** An administrator, the only role that may upload. */
export const uploader: Principal = userPrincipal("ADMIN", "user:csv-uploader@example.test");

/** Opens an upload of `bytes` and sends them in pieces of `piece` bytes, as the portal's page does (small pieces split characters). */
export async function sendUpload(bytes: Buffer, opts: { fileName?: string; encoding?: UploadEncoding; piece?: number } = {}) {
  const input = { fileName: opts.fileName ?? "customers.csv", size: bytes.length, type: "text/csv", encoding: opts.encoding };
  const { upload } = await createCsvUpload({ principal: uploader, input });
  const piece = opts.piece ?? 1024;
  for (let offset = 0; offset < bytes.length; offset += piece) {
    await appendCsvUploadChunk({ principal: uploader, uploadId: upload.id, offset, chunk: bytes.subarray(offset, offset + piece) });
  }
  return upload.id;
}

/** Sends a whole file and finishes its upload: the checked upload with its preview. */
export async function uploadCsv(text: string | Buffer, opts: { fileName?: string; encoding?: UploadEncoding; piece?: number } = {}) {
  const uploadId = await sendUpload(typeof text === "string" ? Buffer.from(text, "utf8") : text, opts);
  return finishCsvUpload({ principal: uploader, uploadId });
}
