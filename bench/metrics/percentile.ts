/**
 * The nearest-rank percentile (the smallest value with at least p% of values
 * at or below it): it is always a latency that really happened, which is what
 * "p99 = 40 ms" should mean. Null for no values.
 */
export function percentile(values: readonly number[], p: number): number | null {
  if (!values.length) return null;
  if (!(p > 0 && p <= 100)) throw new RangeError(`percentile must be in (0, 100], got ${p}`);
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.ceil((p / 100) * sorted.length) - 1];
}
