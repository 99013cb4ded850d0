import { parse, CsvError } from "csv-parse";
import { open } from "node:fs/promises";
import { pipeline } from "node:stream";
import { AppError } from "@/src/errors";

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

/**
 * Streams a CSV file row by row, so a file of any size is read in constant
 * memory. The header is checked for the columns the caller needs before the
 * first row is handed out, which lets callers refuse a file before writing
 * anything. A row with too many or too few fields is passed on with its
 * `shapeError` so one bad line is quarantined instead of stopping the file.
 */
export async function* readCsvRows(opts: { file: string; requiredColumns: string[] }): AsyncGenerator<CsvRow> {
  const { file } = opts;
  const handle = await open(file).catch((err: NodeJS.ErrnoException) => Promise.reject(openError(file, err)));
  if (!(await handle.stat()).isFile()) {
    await handle.close();
    throw new AppError("BAD_REQUEST", `${file} is not a file.`);
  }
  let sawHeader = false;
  const checkHeader = (header: string[]) => {
    const names = header.map((h) => h.trim());
    const missing = opts.requiredColumns.filter((c) => !names.includes(c));
    if (missing.length) {
      const list = missing.map((c) => `'${c}'`).join(", ");
      throw new AppError("BAD_REQUEST", `${file} has no column ${list}; its header has: ${names.join(", ")}.`);
    }
    sawHeader = true;
    return names;
  };
  const parser = parse({ columns: checkHeader, bom: true, trim: true, skip_empty_lines: true, relax_column_count: true, info: true, max_record_size: MAX_ROW_CHARACTERS });
  const rows = pipeline(handle.createReadStream(), parser, () => {});
  let number = 0;
  try {
    for await (const { record, info } of rows as AsyncIterable<{ record: Record<string, string>; info: { error?: Error } }>) {
      number += 1;
      yield { cells: record, number, ...(info.error ? { shapeError: info.error.message } : {}) };
    }
  } catch (err) {
    if (err instanceof CsvError) throw parseError(file, err);
    throw err;
  }
  if (!sawHeader) throw new AppError("BAD_REQUEST", `${file} is empty; it needs a header line naming its columns.`);
}
