import { createReadStream, createWriteStream } from "node:fs";
import { pipeline } from "node:stream/promises";
import { AppError } from "@/src/errors";
import type { UploadEncoding } from "./upload-state";

const UTF8_BOM = [0xef, 0xbb, 0xbf];

const lineBreaks = (text: string) => {
  let n = 0;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) n += 1;
  return n;
};

function notUtf8(fileName: string, line: number): AppError {
  const message = `line ${line} holds a byte that is not UTF-8, as Excel on Windows writes 'ü' or 'é'`;
  return new AppError(
    "BAD_REQUEST",
    `${fileName} is not UTF-8 text: ${message}. Upload it again choosing Windows-1252 as its encoding, or save it from Excel as "CSV UTF-8 (comma delimited)".`,
    [{ path: "encoding", message }],
  );
}

/**
 * Writes an upload again as UTF-8 without a BOM, the one encoding the import
 * reads: UTF-8 is checked byte for byte (one stray byte refuses the file,
 * naming its line, rather than turning names into "M�ller"), Windows-1252 is
 * converted. Streams, so a 200 MB file never sits in memory.
 */
export async function transcodeUpload(opts: { from: string; to: string; encoding: UploadEncoding; fileName: string }): Promise<void> {
  const decoder = new TextDecoder(opts.encoding, { fatal: true });
  let line = 1;
  let first = true;
  const { fileName } = opts;
  await pipeline(
    createReadStream(opts.from),
    async function* (chunks: AsyncIterable<Buffer>) {
      for await (const chunk of chunks) {
        if (first && opts.encoding === "windows-1252" && UTF8_BOM.every((b, i) => chunk[i] === b)) {
          throw new AppError("BAD_REQUEST", `${fileName} starts with a UTF-8 byte-order mark, so it is UTF-8: upload it again choosing UTF-8.`, [
            { path: "encoding", message: "the file is UTF-8" },
          ]);
        }
        first = false;
        let text: string;
        try {
          text = decoder.decode(chunk, { stream: true });
        } catch {
          const lenient = new TextDecoder("utf-8").decode(chunk);
          throw notUtf8(fileName, line + lineBreaks(lenient.slice(0, Math.max(0, lenient.indexOf("\uFFFD")))));
        }
        line += lineBreaks(text);
        yield text;
      }
      try {
        yield decoder.decode();
      } catch {
        throw notUtf8(fileName, line);
      }
    },
    createWriteStream(opts.to, { mode: 0o600 }),
  );
}
