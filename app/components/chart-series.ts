/** One series of a chart: its name for the legend and the table, and which of the portal's chart tones draws it. */
export type ChartSeries = { name: string; tone: "tone-1" | "tone-2" | "tone-3" | "tone-4" };

/** A chart's sentence for screen readers: what is shown and its total, since the bars themselves are hidden from them. */
export function chartSummary(caption: string, series: ChartSeries[], totals: number[]): string {
  const parts = series.map((s, i) => `${totals[i].toLocaleString("en-US")} ${s.name}`);
  return `${caption}: ${parts.join(", ")}. Figures per item in the table below.`;
}
