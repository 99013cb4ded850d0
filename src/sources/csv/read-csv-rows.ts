import { parse, CsvError } from "csv-parse";
import { open, type FileHandle } from "node:fs/promises";
import { pipeline } from "node:stream";
import { AppError } from "@/src/errors";
import { detectDelimiter, firstLineOf, type CsvDelimiter } from "./detect-delimiter";

/** One data row: cells by trimmed header name, its 1-based number, and why its shape is wrong, if it is. */
export type CsvRow = { cells: Record<string, string | undefined>; number: number; shapeError?: string };

/**
 * The longest row read. A valid row holds at most 16 values of 500 characters
 * beside columns the map ignores; a row far longer is a file that is not CSV
 * or an unclosed quote, and reading on would hold all of it in memory.
 */
const MAX_ROW_CHARACTERS = 1_000_000;

function parseError(file: string, err: CsvError): AppError {
  if (err.code === "CSV_MAX_RECORD_SIZE") {
    const line = (err as CsvError & { lines?: number }).lines;
    return new AppError("BAD_REQUEST", `${file}: the row ending near line ${line} is longer than ${MAX_ROW_CHARACTERS} characters; look for an unclosed quote.`);
  }
  return new AppError("BAD_REQUEST", `${file}: ${err.message}`);
}

function openError(file: string, err: NodeJS.ErrnoException): AppError {
  if (err.code === "ENOENT") return new AppError("NOT_FOUND", `No file at ${file}.`);
  return new AppError("BAD_REQUEST", `Cannot read ${file}: ${err.message}.`);
}

/** How much of a file is looked at to find its header line and so its delimiter. */
const SNIFF_BYTES = 64 * 1024;

/** The delimiter the file's header line uses; an empty file reads as comma and is refused as empty later. */
async function sniffDelimiter(handle: FileHandle): Promise<CsvDelimiter> {
  const { buffer, bytesRead } = await handle.read({ buffer: Buffer.alloc(SNIFF_BYTES), position: 0 });
  return detectDelimiter(firstLineOf(buffer.subarray(0, bytesRead).toString("utf8")));
}

type ReadOptions = {
  file: string;
  requiredColumns: string[];
  /** how messages name the file, when its path is not what the person knows it by (an upload's temporary file) */
  label?: string;
  /** hears the trimmed header names and the delimiter found, before the first row */
  onHeader?: (header: { names: string[]; delimiter: CsvDelimiter }) => void;
};

/**
 * Streams a CSV file row by row, so a file of any size is read in constant
 * memory. The delimiter (comma, semicolon or tab) is taken from the header
 * line, since Excel writes semicolons wherever the decimal mark is a comma.
 * The header is checked for the columns the caller needs before the
 * first row is handed out, which lets callers refuse a file before writing
 * anything. A row with too many or too few fields is passed on with its
 * `shapeError` so one bad line is quarantined instead of stopping the file.
 */
export async function* readCsvRows(opts: ReadOptions): AsyncGenerator<CsvRow> {
  const { file } = opts;
  const label = opts.label ?? file;
  const handle = await open(file).catch((err: NodeJS.ErrnoException) => Promise.reject(openError(label, err)));
  if (!(await handle.stat()).isFile()) {
    await handle.close();
    throw new AppError("BAD_REQUEST", `${label} is not a file.`);
  }
  const delimiter = await sniffDelimiter(handle).catch(async (err: NodeJS.ErrnoException) => {
    await handle.close();
    throw openError(label, err);
  });
  let sawHeader = false;
  const checkHeader = (header: string[]) => {
    const names = header.map((h) => h.trim());
    const missing = opts.requiredColumns.filter((c) => !names.includes(c));
    if (missing.length) {
      const list = missing.map((c) => `'${c}'`).join(", ");
      throw new AppError("BAD_REQUEST", `${label} has no column ${list}; its header has: ${names.join(", ")}.`);
    }
    sawHeader = true;
    opts.onHeader?.({ names, delimiter });
    return names;
  };
  const parser = parse({ columns: checkHeader, delimiter, bom: true, trim: true, skip_empty_lines: true, relax_column_count: true, info: true, max_record_size: MAX_ROW_CHARACTERS });
  const rows = pipeline(handle.createReadStream(), parser, () => {});
  let number = 0;
  try {
    for await (const { record, info } of rows as AsyncIterable<{ record: Record<string, string>; info: { error?: Error } }>) {
      number += 1;
      yield { cells: record, number, ...(info.error ? { shapeError: info.error.message } : {}) };
    }
  } catch (err) {
    if (err instanceof CsvError) throw parseError(label, err);
    throw err;
  }
  if (!sawHeader) throw new AppError("BAD_REQUEST", `${label} is empty; it needs a header line naming its columns.`);
}
