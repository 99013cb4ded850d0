/**
 * Whether a string can be an id the hub made (cuid, UUID, or a caller's own
 * letters, digits, `-` and `_`). Anything else (a NUL byte, a quote, a lone
 * surrogate) names nothing and must not reach the database, where NUL alone
 * fails the query: such an id is simply not found.
 */
export function isRecordId(value: string): boolean {
  return /^[A-Za-z0-9_-]{1,128}$/.test(value);
}
