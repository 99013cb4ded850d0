import { mkdir, statfs } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { parseInput } from "@/src/auth/parse-input";
import { authorize } from "@/src/auth/permissions";
import type { Principal } from "@/src/auth/principal";
import { AppError } from "@/src/errors";
import { sweepCsvUploads } from "./sweep-csv-uploads";
import { CHUNK_BYTES, MAX_UPLOAD_BYTES, megabytes } from "./upload-limits";
import { uploadEncodings, type UploadState } from "./upload-state";
import { createUploadDir, uploadRoot } from "./upload-store";

/** What browsers and operating systems call a CSV file; "" is a browser that does not know. */
const textTypes = ["", "text/csv", "text/plain", "text/tab-separated-values", "text/x-csv", "text/comma-separated-values", "application/csv", "application/x-csv", "application/vnd.ms-excel", "application/octet-stream"];
const textExtensions = [".csv", ".tsv", ".txt", ".tab"];

const inputSchema = z.object({
  fileName: z
    .string({ error: "is required" })
    .trim()
    .min(1, "is required")
    .max(255, "is longer than 255 characters")
    // Shown on pages and in the audit log: control characters would only confuse there.
    .transform((name) => path.basename(name.replace(/\\/g, "/")).replace(/[\u0000-\u001f\u007f]/g, "_")),
  size: z.number({ error: "must be the file's size in bytes" }).int("must be whole bytes").min(1, "is 0 bytes: the file is empty"),
  type: z.string().max(200, "is longer than 200 characters").optional(),
  encoding: z.enum(uploadEncodings, { error: `must be one of ${uploadEncodings.join(", ")}` }).default("utf-8"),
});

function refuseType(fileName: string, type: string): void {
  if (type.includes("spreadsheetml") || /\.xlsx?$/i.test(fileName)) {
    throw new AppError("BAD_REQUEST", `${fileName} is an Excel workbook; in Excel use Save As → "CSV UTF-8 (comma delimited)" and upload that file.`, [{ path: "type", message: "is an Excel workbook, not CSV" }]);
  }
  const ext = path.extname(fileName).toLowerCase();
  if (!textTypes.includes(type.toLowerCase()) && !textExtensions.includes(ext)) {
    throw new AppError("BAD_REQUEST", `${fileName} is ${type || "of unknown type"}, not a CSV file; upload a .csv, .tsv or .txt file.`, [{ path: "type", message: "is not CSV text" }]);
  }
}

/** The file is received into the temp dir, then written again as checked UTF-8: twice its size, and some room to spare. */
async function refuseWithoutRoom(size: number): Promise<void> {
  const root = uploadRoot();
  await mkdir(root, { recursive: true, mode: 0o700 });
  const fs = await statfs(root);
  const free = fs.bavail * fs.bsize;
  if (free < size * 2 + 64 * 1024 * 1024) {
    throw new AppError("SERVICE_UNAVAILABLE", `The server has ${megabytes(free)} free for uploads and this file needs about ${megabytes(size * 2)}; ask an operator to free space in its temp directory.`);
  }
}

/**
 * Opens an upload of a CSV file the portal sends in pieces: the name, size,
 * type and encoding are checked before a byte arrives, so a workbook or a
 * file over the limit is refused at once. Uploads nobody finished or
 * imported are cleaned up here too, as each new one begins.
 */
export async function createCsvUpload(opts: { principal: Principal; input: unknown }): Promise<{ upload: UploadState; chunkBytes: number }> {
  authorize(opts.principal, "sources.manage");
  const input = parseInput(inputSchema, opts.input);
  if (input.size > MAX_UPLOAD_BYTES) {
    throw new AppError("PAYLOAD_TOO_LARGE", `${input.fileName} is larger than the ${megabytes(MAX_UPLOAD_BYTES)} the portal takes (${input.size.toLocaleString("en-US")} bytes). Split it, or load it with \`npm run cli -- import\`.`, [
      { path: "size", message: `is over ${megabytes(MAX_UPLOAD_BYTES)}` },
    ]);
  }
  refuseType(input.fileName, input.type ?? "");
  await sweepCsvUploads();
  await refuseWithoutRoom(input.size);
  const upload = await createUploadDir({ fileName: input.fileName, size: input.size, encoding: input.encoding, createdBy: opts.principal.label, status: "receiving", received: 0 });
  return { upload, chunkBytes: CHUNK_BYTES };
}
