import { wallClock } from "./wall-clock";

/** Edm.DateTime as SAP writes it for a date: the server's local date, as midnight UTC in `/Date(ms)/`. */
export const edmDate = (d: Date | null, timeZone: string) => (d ? `/Date(${wallClock(d, timeZone).day})/` : null);

/** Edm.DateTime from a YYYY-MM-DD day. */
export const edmDay = (day: string | undefined) => (day ? `/Date(${Date.parse(`${day}T00:00:00Z`)})/` : null);

/** Edm.DateTimeOffset, which SAP writes with an offset in minutes. */
export const edmDateTimeOffset = (d: Date) => `/Date(${d.getTime()}+0000)/`;

/** Edm.Time in the server's local time; SAP sends PT00H00M00S for an initial (never set) time rather than null. */
export function edmTime(d: Date | null, timeZone: string): string {
  const second = d ? wallClock(d, timeZone).second : 0;
  const parts = [Math.floor(second / 3600), Math.floor(second / 60) % 60, second % 60];
  const [h, m, s] = parts.map((n) => String(n).padStart(2, "0"));
  return `PT${h}H${m}M${s}S`;
}

/** 9999-12-31, SAP's "valid until further notice". */
export const OPEN_END = new Date(Date.UTC(9999, 11, 31));
