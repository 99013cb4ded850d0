/**
 * Retry-After in milliseconds: HTTP allows a number of seconds or an HTTP
 * date. A date already past means "now" (0); a value that is neither is
 * ignored so the caller falls back to its own backoff.
 */
export function retryAfterMs(header: string | null | undefined, now = Date.now()): number | undefined {
  if (!header?.trim()) return undefined;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  // An HTTP date names its weekday or month; without letters Date.parse would read "-5" as a year.
  const at = /[a-z]/i.test(value) ? Date.parse(value) : Number.NaN;
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
