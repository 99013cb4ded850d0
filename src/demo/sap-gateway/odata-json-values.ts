/** Edm.DateTime as SAP writes it for a date: midnight UTC in `/Date(ms)/`. */
export const edmDate = (d: Date | null) => (d ? `/Date(${Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate())})/` : null);

/** Edm.DateTime from a YYYY-MM-DD day. */
export const edmDay = (day: string | undefined) => (day ? `/Date(${Date.parse(`${day}T00:00:00Z`)})/` : null);

/** Edm.DateTimeOffset, which SAP writes with an offset in minutes. */
export const edmDateTimeOffset = (d: Date) => `/Date(${d.getTime()}+0000)/`;

/** Edm.Time; SAP sends PT00H00M00S for an initial (never set) time rather than null. */
export function edmTime(d: Date | null): string {
  const parts = d ? [d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds()] : [0, 0, 0];
  const [h, m, s] = parts.map((n) => String(n).padStart(2, "0"));
  return `PT${h}H${m}M${s}S`;
}

/** 9999-12-31, SAP's "valid until further notice". */
export const OPEN_END = new Date(Date.UTC(9999, 11, 31));
