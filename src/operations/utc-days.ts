const DAY_MS = 24 * 60 * 60 * 1000;

/** A window of whole UTC days ending with today: its bounds for SQL and each day's key (YYYY-MM-DD) to zero-fill a chart. */
export type DayWindow = { from: Date; end: Date; days: string[] };

/**
 * The last `days` UTC days including today, so every per-day figure on the
 * dashboard counts the same days and a quiet day shows as zero, not as a gap
 * that silently shifts the axis.
 */
export function lastUtcDays(days: number, now: Date): DayWindow {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const from = new Date(today - (days - 1) * DAY_MS);
  return {
    from,
    end: new Date(today + DAY_MS),
    days: Array.from({ length: days }, (_, i) => new Date(from.getTime() + i * DAY_MS).toISOString().slice(0, 10)),
  };
}
