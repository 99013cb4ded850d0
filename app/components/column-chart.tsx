import { chartSummary, type ChartSeries } from "./chart-series";
import { ChartLegend } from "./chart-legend";
import { ChartTable } from "./chart-table";

type Props = {
  /** one column per item (a day), each with one value per series, stacked bottom up */
  data: { label: string; values: number[] }[];
  series: ChartSeries[];
  caption: string;
  labelHeading: string;
  height?: number;
  /** said instead of an all-zero chart */
  empty: string;
};

const MAX_LABELS = 8;

/**
 * Stacked columns drawn with CSS, rendered on the server: no chart library,
 * no layout pass in the browser, and it shrinks with its panel on a phone.
 * Each column's tooltip gives its figures; the table below gives them all.
 * Labels are thinned counting back from the last column, which is always named.
 */
export function ColumnChart({ data, series, caption, labelHeading, height = 170, empty }: Props) {
  const totals = data.map((d) => d.values.reduce((a, b) => a + b, 0));
  if (totals.every((t) => t === 0)) return <p className="empty">{empty}</p>;
  const max = Math.max(...totals);
  const every = Math.ceil(data.length / MAX_LABELS);
  const seriesTotals = series.map((_, i) => data.reduce((sum, d) => sum + d.values[i], 0));
  return (
    <figure className="chart">
      <div className="column-chart" role="img" aria-label={chartSummary(caption, series, seriesTotals)} style={{ height }}>
        <span className="chart-max" aria-hidden="true">
          {max.toLocaleString("en-US")}
        </span>
        <ol className="columns" aria-hidden="true">
          {data.map((d, i) => (
            <li key={d.label} title={`${d.label}: ${series.map((s, j) => `${d.values[j]} ${s.name}`).join(", ")}`}>
              <span className="column-area">
                <span className="column-stack" style={{ height: `${(totals[i] / max) * 100}%` }}>
                  {series.map((s, j) => (d.values[j] > 0 ? <span key={s.name} className={`segment ${s.tone}`} style={{ flexGrow: d.values[j] }} /> : null))}
                </span>
              </span>
              <span className="column-label">{(data.length - 1 - i) % every === 0 ? d.label : ""}</span>
            </li>
          ))}
        </ol>
      </div>
      {series.length > 1 && <ChartLegend series={series} values={seriesTotals} />}
      <ChartTable rows={data} series={series} labelHeading={labelHeading} />
    </figure>
  );
}
