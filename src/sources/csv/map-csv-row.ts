import { fieldIssues } from "@/src/errors";
import type { CustomerAttributes } from "@/src/golden/attributes";
import { incomingRecordSchema, type IncomingRecord } from "@/src/ingest/record-schema";
import type { QuarantinedRecord } from "@/src/ingest/store-batch";
import type { ColumnMapping } from "./parse-column-map";
import type { CsvRow } from "./read-csv-rows";

/** How a row becomes a record: the parsed column map, the id column, and the country of rows that name none. */
export type RowMapping = { mappings: ColumnMapping[]; idColumn?: string; country?: string };

/** A row either becomes a record for matching or goes to the quarantine with its reasons. */
export type MappedRow = { record: IncomingRecord } | { rejected: QuarantinedRecord };

/**
 * Turns one CSV row into the record the API would have received, and checks it
 * with the same schema, so a CSV row is accepted or quarantined exactly as a
 * pushed record would be. Empty cells are unknown values, not empty strings.
 */
export function mapCsvRow(row: CsvRow, how: RowMapping): MappedRow {
  const attributes: CustomerAttributes = {};
  for (const { column, attribute } of how.mappings) {
    const value = row.cells[column]?.trim();
    if (value) attributes[attribute] = value;
  }
  if (how.country && !attributes.country) attributes.country = how.country;
  const externalId = how.idColumn ? (row.cells[how.idColumn]?.trim() ?? "") : String(row.number);
  const candidate = { externalId, attributes };
  if (row.shapeError) {
    const message = `row ${row.number} does not have one field per header column: ${row.shapeError}`;
    return { rejected: { externalId: externalId || null, payload: candidate, issues: [{ path: "(row)", message }] } };
  }
  const parsed = incomingRecordSchema.safeParse(candidate);
  if (parsed.success) return { record: parsed.data };
  return { rejected: { externalId: externalId || null, payload: candidate, issues: fieldIssues(parsed.error.issues) } };
}
