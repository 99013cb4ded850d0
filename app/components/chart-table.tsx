import type { ChartSeries } from "./chart-series";

type Props = { rows: { label: string; values: number[] }[]; series: ChartSeries[]; labelHeading: string };

/** A chart's figures as a table, folded away: exact numbers for anyone who wants them and for screen readers. */
export function ChartTable({ rows, series, labelHeading }: Props) {
  return (
    <details className="chart-data">
      <summary>Figures as a table</summary>
      <div className="scroll">
        <table className="table compact">
          <thead>
            <tr>
              <th scope="col">{labelHeading}</th>
              {series.map((s) => (
                <th key={s.name} scope="col" className="num">
                  {s.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.label}>
                <th scope="row">{r.label}</th>
                {r.values.map((v, i) => (
                  <td key={series[i].name} className="num">
                    {v.toLocaleString("en-US")}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
