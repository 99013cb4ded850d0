/**
 * An instant as an SAP system's clock in `timeZone` shows it: SAP writes
 * change dates and times in the server's local wall-clock time, so a demo
 * gateway in another zone must too. The day is midnight UTC of the local
 * date, as Edm.DateTime carries a date; the time is the second of that day.
 */
export function wallClock(d: Date, timeZone: string): { day: number; second: number } {
  const two = "2-digit" as const;
  const format = new Intl.DateTimeFormat("en-US", { timeZone, hourCycle: "h23", year: "numeric", month: two, day: two, hour: two, minute: two, second: two });
  const parts = Object.fromEntries(format.formatToParts(d).map((p) => [p.type, Number(p.value)]));
  const day = new Date(0);
  day.setUTCFullYear(parts.year, parts.month - 1, parts.day);
  return { day: day.getTime(), second: parts.hour * 3600 + parts.minute * 60 + parts.second };
}
