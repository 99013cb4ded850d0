import { AppError } from "@/src/errors";
import type { CsvDelimiter } from "./detect-delimiter";
import { readCsvRows } from "./read-csv-rows";
import { PREVIEW_CELL_CHARACTERS, PREVIEW_ROWS } from "./upload-limits";
import type { UploadInspection } from "./upload-state";

/**
 * Reads a whole file once, the way the import will: its header, delimiter
 * and first rows for the preview, its row count for the progress bar, and
 * the rows the import would quarantine for their shape. A file the import
 * could not finish (an unclosed quote, a header and nothing else) is
 * refused here, so an import started from it cannot stop half-way for it.
 */
export async function inspectCsv(opts: { file: string; fileName: string }): Promise<UploadInspection> {
  let header: { names: string[]; delimiter: CsvDelimiter } | undefined;
  const preview: UploadInspection["preview"] = [];
  let rows = 0;
  let misshapen = 0;
  for await (const row of readCsvRows({ file: opts.file, requiredColumns: [], label: opts.fileName, onHeader: (h) => (header = h) })) {
    rows = row.number;
    if (row.shapeError) misshapen += 1;
    if (preview.length < PREVIEW_ROWS && header) {
      preview.push(header.names.map((name) => cell(row.cells[name] ?? "")));
    }
  }
  if (!header) throw new AppError("BAD_REQUEST", `${opts.fileName} is empty; it needs a header line naming its columns.`);
  if (!rows) throw new AppError("BAD_REQUEST", `${opts.fileName} has a header but no rows.`);
  return { delimiter: header.delimiter, header: header.names, preview, rows, misshapen };
}

function cell(value: string) {
  return { value: value.length > PREVIEW_CELL_CHARACTERS ? value.slice(0, PREVIEW_CELL_CHARACTERS) : value, length: value.length };
}
