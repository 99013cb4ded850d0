/** A share as a percentage with two decimals; "n/a" when there was nothing to take a share of. */
export const pct = (x: number | null) => (x === null ? "n/a" : `${(x * 100).toFixed(2)}%`);

/** A count or figure with thousands separators. */
export const num = (x: number | null, digits = 0) => (x === null ? "n/a" : x.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits }));

/** A part of a whole as a percentage with one decimal, "-" for an empty whole (a row of a miss table). */
export const rate = (part: number, whole: number) => (whole ? `${((part / whole) * 100).toFixed(1)}%` : "-");

/** A plain-text table; the first column is left-aligned, the rest right-aligned unless `numeric` is false. */
export function table(header: string[], rows: string[][], numeric = true): string {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
  const line = (cells: string[]) => cells.map((cell, c) => (c === 0 || !numeric ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join("  ").trimEnd();
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}
