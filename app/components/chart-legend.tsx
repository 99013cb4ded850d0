import type { ChartSeries } from "./chart-series";

/** The colour key of a chart with more than one series; the text names each colour so it is never the only cue. */
export function ChartLegend({ series, values }: { series: ChartSeries[]; values?: number[] }) {
  return (
    <ul className="chart-legend">
      {series.map((s, i) => (
        <li key={s.name}>
          <span className={`swatch ${s.tone}`} aria-hidden="true" />
          {s.name}
          {values && <strong>{values[i].toLocaleString("en-US")}</strong>}
        </li>
      ))}
    </ul>
  );
}
