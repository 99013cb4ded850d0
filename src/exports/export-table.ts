/** The file formats every export is written in: CSV with one flat column per value, or one JSON object per line. */
export const exportFormats = ["csv", "ndjson"] as const;
export type ExportFormat = (typeof exportFormats)[number];

/**
 * One exportable table, declared once for the command line and the portal's
 * download alike: the query (read through a database cursor, `chunkRows` rows
 * at a time) and how one row reads as CSV fields and as a JSON object.
 */
export type ExportTable<Row> = {
  /** what the Exports page calls it */
  title: string;
  /** what one row is, as a sentence for the Exports page */
  description: string;
  /** CSV header: stable names, the same order as `csv` returns the values */
  columns: readonly string[];
  query: (chunkRows: number) => AsyncIterable<readonly Row[]>;
  csv: (row: Row) => readonly unknown[];
  json: (row: Row) => unknown;
};

/** Declares a table with its row type checked against each reader, then erases the row type so all tables fit one map. */
export function exportTable<Row>(table: ExportTable<Row>): ExportTable<unknown> {
  return table as ExportTable<unknown>;
}
