/**
 * OData V2 JSON writes Edm.DateTime as `/Date(ms)/` and Edm.DateTimeOffset as
 * `/Date(ms+0060)/`; the milliseconds are the UTC instant either way, so the
 * offset (minutes, kept only for display) does not move it.
 */
const dateLiteral = /^\/Date\((-?\d+)(?:[+-]\d{4})?\)\/$/;

/** ABAP's initial date (0001-01-01) and open end (9999-12-31) are placeholders, not dates. */
const INITIAL_DAY_END_MS = -62_135_596_800_000 + 86_400_000;
const OPEN_END_MS = 253_402_214_400_000;

/**
 * The instant an OData V2 date value names, or null for "no date": null, an
 * empty string, or one of ABAP's placeholder dates. Anything else is not a
 * date SAP writes, so it throws rather than guess.
 */
export function parseODataDate(value: string | null | undefined): Date | null {
  if (value == null || value === "") return null;
  const match = dateLiteral.exec(value);
  if (!match) throw new RangeError(`'${value.slice(0, 40)}' is not an OData date such as /Date(1704067200000)/`);
  const ms = Number(match[1]);
  if (ms < INITIAL_DAY_END_MS || ms >= OPEN_END_MS) return null;
  return new Date(ms);
}

/**
 * The day an OData V2 date value sorts at in SAP's order, placeholders
 * included: ABAP's initial date is a real value there (it sorts first). The
 * open end is not given: a position there would pass over every real change.
 */
export function sortDayOf(value: unknown): string | null {
  const match = typeof value === "string" ? dateLiteral.exec(value) : null;
  const ms = match ? Number(match[1]) : Number.NaN;
  return Number.isFinite(ms) && ms < OPEN_END_MS ? new Date(ms).toISOString().slice(0, 10) : null;
}

const timeLiteral = /^PT(?:(\d{1,2})H)?(?:(\d{1,2})M)?(?:(\d{1,2})(?:\.\d+)?S)?$/;

/** An Edm.Time (`PT10H05M30S`) as "10:05:30"; fractions of a second are dropped because SAP records change times to the second. */
export function parseODataTime(value: string | null | undefined): string | null {
  if (value == null || value === "") return null;
  const match = timeLiteral.exec(value);
  if (!match || value === "PT") throw new RangeError(`'${value.slice(0, 40)}' is not an OData time such as PT10H05M30S`);
  const [h, m, s] = match.slice(1).map((part) => Number(part ?? 0));
  if (h > 23 || m > 59 || s > 59) throw new RangeError(`'${value}' is not a time of day`);
  return [h, m, s].map((n) => String(n).padStart(2, "0")).join(":");
}

/** The calendar day of an Edm.DateTime that SAP uses as a date (midnight UTC), as "2024-01-31". */
export const dayOf = (date: Date) => date.toISOString().slice(0, 10);

/** A day as an OData V2 filter literal. */
export const dateFilterLiteral = (day: string) => `datetime'${day}T00:00:00'`;

/** A time of day ("10:05:30") as an OData V2 filter literal. */
export function timeFilterLiteral(time: string): string {
  const [h, m, s] = time.split(":");
  return `time'PT${h}H${m}M${s}S'`;
}
