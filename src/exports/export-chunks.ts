import { csvLine } from "./csv-line";
import { exportTables, type ExportRequest } from "./export-request";

/** Rows per database round trip: enough to keep the query busy, few enough that a chunk is a few hundred kilobytes. */
export const DEFAULT_CHUNK_ROWS = 1000;

/**
 * The one producer of export text, which both sinks read: the file writer of
 * the CLI and the HTTP stream of the portal's download. It yields one string
 * per database chunk (CSV opens with its header) and returns the row count.
 * Nothing is read ahead: the next chunk is fetched when the sink asks for it,
 * so a slow disk or client holds the cursor back, and a sink that stops
 * (`return()`) closes the cursor.
 */
export async function* exportChunks(opts: ExportRequest & { chunkRows?: number }): AsyncGenerator<string, number> {
  const table = exportTables[opts.what];
  const line = opts.format === "csv" ? (row: unknown) => csvLine(table.csv(row)) : (row: unknown) => `${JSON.stringify(table.json(row))}\n`;
  if (opts.format === "csv") yield csvLine(table.columns);
  let rows = 0;
  for await (const chunk of table.query(opts.chunkRows ?? DEFAULT_CHUNK_ROWS)) {
    rows += chunk.length;
    yield chunk.map(line).join("");
  }
  return rows;
}
