import { once } from "node:events";
import { open, rename, rm } from "node:fs/promises";
import { finished } from "node:stream/promises";
import { AppError } from "@/src/errors";

/** RFC 4180: a field holding a quote, comma or line break is quoted, with its quotes doubled. */
function csvField(value: unknown): string {
  const text = value === null || value === undefined ? "" : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const csvLine = (fields: readonly unknown[]) => `${fields.map(csvField).join(",")}\r\n`;

/**
 * Writes rows chunk by chunk as a database cursor yields them, waiting
 * whenever the disk falls behind, so an export of millions of rows runs in
 * constant memory. It writes beside the target and renames at the end: a
 * failed export never leaves a half-written file where a complete one is expected.
 */
export async function writeCsvFile(opts: {
  file: string;
  /** column names, also the keys read from each row */
  header: readonly string[];
  chunks: AsyncIterable<readonly Record<string, unknown>[]>;
}): Promise<number> {
  const partial = `${opts.file}.partial`;
  const handle = await open(partial, "w").catch((err: Error) => {
    throw new AppError("BAD_REQUEST", `Cannot write ${opts.file}: ${err.message}.`);
  });
  const out = handle.createWriteStream({ encoding: "utf8" });
  let rows = 0;
  try {
    out.write(csvLine(opts.header));
    for await (const chunk of opts.chunks) {
      rows += chunk.length;
      if (!out.write(chunk.map((row) => csvLine(opts.header.map((h) => row[h]))).join(""))) await once(out, "drain");
    }
    out.end();
    await finished(out);
    await rename(partial, opts.file);
    return rows;
  } catch (err) {
    out.destroy();
    await rm(partial, { force: true });
    if ((err as NodeJS.ErrnoException).syscall) throw new AppError("BAD_REQUEST", `Cannot write ${opts.file}: ${(err as Error).message}.`);
    throw err;
  }
}
