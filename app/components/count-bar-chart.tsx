import { ColumnChart } from "./column-chart";

type Props = {
  data: { label: string; value: number }[];
  /** what one unit is, for the tooltip and the table: "golden records", "source records" */
  unit: string;
  /** what the labels are, for the table heading: "Day", "Source" */
  labelHeading: string;
  /** horizontal bars suit long category names (sources); vertical ones suit a time axis */
  horizontal?: boolean;
  /** said instead of an all-zero column chart */
  empty?: string;
};

/**
 * A plain bar chart of counts in the portal's palette, drawn with CSS on the
 * server. Horizontal bars are a list whose labels and numbers are text, so
 * they need no table beside them and long source names wrap.
 */
export function CountBarChart({ data, unit, labelHeading, horizontal = false, empty = `No ${unit} in this period.` }: Props) {
  if (!horizontal) {
    const series = [{ name: unit, tone: "tone-1" as const }];
    return <ColumnChart data={data.map((d) => ({ label: d.label, values: [d.value] }))} series={series} caption={`${unit} per ${labelHeading.toLowerCase()}`} labelHeading={labelHeading} empty={empty} />;
  }
  const max = Math.max(1, ...data.map((d) => d.value));
  return (
    <ul className="bar-list" aria-label={`${unit} per ${labelHeading.toLowerCase()}`}>
      {data.map((d) => (
        <li key={d.label}>
          <span className="bar-label">
            <bdi>{d.label}</bdi>
          </span>
          <span className="bar-track" aria-hidden="true">
            <span className="bar tone-1" style={{ width: `${(d.value / max) * 100}%` }} />
          </span>
          <span className="bar-value">
            {d.value.toLocaleString("en-US")} <span className="sr-only">{unit}</span>
          </span>
        </li>
      ))}
    </ul>
  );
}
