import type { ChartSeries } from "./chart-series";

type Props = { series: ChartSeries[]; values: number[]; caption: string };

const percent = (part: number, whole: number) => (whole ? `${Math.round((part / whole) * 100)}%` : "0%");

/** Shares of one whole as a single bar (the auto-link, review and new-record rates), with each share's count and percentage as text. */
export function StackedBar({ series, values, caption }: Props) {
  const total = values.reduce((a, b) => a + b, 0);
  const label = `${caption}: ${series.map((s, i) => `${s.name} ${values[i].toLocaleString("en-US")} (${percent(values[i], total)})`).join(", ")}`;
  return (
    <figure className="chart">
      <div className="stacked-bar" role="img" aria-label={label}>
        {total === 0 ? <span className="segment empty-bar" /> : null}
        {series.map((s, i) => (values[i] > 0 ? <span key={s.name} className={`segment ${s.tone}`} style={{ flexGrow: values[i] }} title={`${s.name}: ${values[i]} (${percent(values[i], total)})`} /> : null))}
      </div>
      <ul className="chart-legend" aria-hidden="true">
        {series.map((s, i) => (
          <li key={s.name}>
            <span className={`swatch ${s.tone}`} />
            {s.name} <strong>{values[i].toLocaleString("en-US")}</strong> <span className="muted">{percent(values[i], total)}</span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
