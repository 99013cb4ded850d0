import { open, rename, rm } from "node:fs/promises";
import type { Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { AppError } from "@/src/errors";
import { exportChunks } from "./export-chunks";
import type { ExportRequest } from "./export-request";

/**
 * Writes each chunk as it comes and asks for the next only when the output has
 * room (the pipeline's backpressure); an output error stops the producer,
 * which closes the database cursor. Returns the producer's row count.
 */
async function pump(opts: ExportRequest & { chunkRows?: number }, out: Writable, end: boolean): Promise<number> {
  let rows = 0;
  await pipeline(
    async function* () {
      rows = yield* exportChunks(opts);
    },
    out,
    { end },
  );
  return rows;
}

const cannotWrite = (file: string, err: Error) => new AppError("BAD_REQUEST", `Cannot write ${file}: ${err.message}.`);

/**
 * Streams one export to a file (or to standard output for `-`) chunk by chunk
 * as the database cursor yields them, so an export of millions of rows runs in
 * constant memory. A file is written beside the target and renamed at the end:
 * a failed export never leaves a half-written file where a complete one is expected.
 */
export async function writeExportFile(opts: ExportRequest & { file: string; chunkRows?: number }): Promise<{ rows: number }> {
  if (opts.file === "-") return { rows: await pump(opts, process.stdout, false) };
  const partial = `${opts.file}.partial`;
  const handle = await open(partial, "w").catch((err: Error) => {
    throw cannotWrite(opts.file, err);
  });
  try {
    const rows = await pump(opts, handle.createWriteStream({ encoding: "utf8" }), true);
    await rename(partial, opts.file);
    return { rows };
  } catch (err) {
    await rm(partial, { force: true });
    throw (err as NodeJS.ErrnoException).syscall ? cannotWrite(opts.file, err as Error) : err;
  }
}
