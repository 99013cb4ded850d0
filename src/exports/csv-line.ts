/**
 * One CSV field by RFC 4180: a field holding a quote, comma or line break is
 * quoted, with its quotes doubled; a time is written as ISO 8601 in UTC. Values
 * are otherwise written exactly as stored (no spreadsheet formula guard, which
 * would put an apostrophe before every "+49…" phone number a system reads back).
 */
function csvField(value: unknown): string {
  const text = value === null || value === undefined ? "" : value instanceof Date ? value.toISOString() : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A CSV record with the CRLF line end RFC 4180 and spreadsheets expect. */
export const csvLine = (fields: readonly unknown[]) => `${fields.map(csvField).join(",")}\r\n`;
