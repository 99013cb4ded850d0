/**
 * One CSV field, safe to open in a spreadsheet: text starting with = + - @
 * (or a tab or carriage return) would run as a formula there, so it gets a
 * leading apostrophe (OWASP's CSV-injection advice); then RFC 4180 quoting,
 * as `src/exports` writes its files. Audit data holds whatever people typed.
 */
export function safeCsvField(value: unknown): string {
  const raw = value === null || value === undefined ? "" : value instanceof Date ? value.toISOString() : String(value);
  const text = /^[=+\-@\t\r]/.test(raw) ? `'${raw}` : raw;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A CSV record with the CRLF line end RFC 4180 and spreadsheets expect. */
export function safeCsvLine(fields: readonly unknown[]): string {
  return `${fields.map(safeCsvField).join(",")}\r\n`;
}
