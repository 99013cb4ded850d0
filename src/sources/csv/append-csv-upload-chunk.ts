import { appendFile, truncate } from "node:fs/promises";
import { z } from "zod";
import { authorize } from "@/src/auth/permissions";
import type { Principal } from "@/src/auth/principal";
import { AppError } from "@/src/errors";
import { sniffFileStart } from "./sniff-file-start";
import { MAX_CHUNK_BYTES, megabytes } from "./upload-limits";
import { readUpload, removeUpload, uploadFiles, withUploadLock, writeUpload } from "./upload-store";

const offsetSchema = z.union([z.number().int().min(0), z.string().regex(/^\d{1,12}$/).transform(Number)]);

/**
 * Adds one piece of an upload at the offset it names. A piece must start
 * where the last one ended, so a retried or reordered piece is refused by
 * name instead of duplicating bytes; the first piece is looked at for a
 * workbook or binary file, which ends the upload there.
 */
export async function appendCsvUploadChunk(opts: { principal: Principal; uploadId: string; offset: unknown; chunk: Uint8Array }): Promise<{ received: number; size: number }> {
  authorize(opts.principal, "sources.manage");
  const offset = offsetSchema.safeParse(opts.offset);
  if (!offset.success) throw new AppError("BAD_REQUEST", "The piece's offset must be a whole number of bytes, e.g. ?offset=0.", [{ path: "offset", message: "must be a whole number" }]);
  if (opts.chunk.byteLength > MAX_CHUNK_BYTES) {
    throw new AppError("PAYLOAD_TOO_LARGE", `A piece of an upload may be at most ${megabytes(MAX_CHUNK_BYTES)}.`);
  }
  if (opts.chunk.byteLength === 0) throw new AppError("BAD_REQUEST", "The piece is empty; send the file's bytes as the body.");
  return withUploadLock(opts.uploadId, async () => {
    const state = await readUpload(opts.uploadId);
    if (state.status !== "receiving") throw new AppError("CONFLICT", `${state.fileName} has been received whole already.`);
    if (offset.data !== state.received) {
      throw new AppError("CONFLICT", `This piece starts at byte ${offset.data}, but ${state.received} bytes of ${state.fileName} have arrived; send the piece starting there.`, [
        { path: "offset", message: `must be ${state.received}` },
      ]);
    }
    if (state.received + opts.chunk.byteLength > state.size) {
      throw new AppError("BAD_REQUEST", `${state.fileName} was announced as ${state.size} bytes; this piece would make it ${state.received + opts.chunk.byteLength}.`);
    }
    if (state.received === 0) {
      const problem = sniffFileStart(opts.chunk);
      if (problem) {
        await removeUpload(state.id);
        throw new AppError("BAD_REQUEST", `${state.fileName} ${problem}`, [{ path: "file", message: problem }]);
      }
    }
    const { received } = uploadFiles(state.id);
    // Bytes a failed earlier request wrote past the recorded length are dropped, so the file always matches its state.
    if (state.received > 0) await truncate(received, state.received);
    await appendFile(received, opts.chunk);
    const next = await writeUpload({ ...state, received: state.received + opts.chunk.byteLength });
    return { received: next.received, size: next.size };
  });
}
