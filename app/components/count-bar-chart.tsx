"use client";

import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from "recharts";

type Props = {
  data: { label: string; value: number }[];
  /** what one unit is, for the tooltip: "golden records", "source records" */
  unit: string;
  /** horizontal bars suit long category names (sources); vertical ones suit a time axis */
  horizontal?: boolean;
  height?: number;
};

const accent = "var(--accent)";
const axis = { fontSize: 11, fill: "var(--muted)" };

/** A plain bar chart of counts in the portal's palette; the data is also given as text beside it. */
export function CountBarChart({ data, unit, horizontal = false, height = 220 }: Props) {
  return (
    <BarChart
      responsive
      data={data}
      layout={horizontal ? "vertical" : "horizontal"}
      style={{ width: "100%", height }}
      margin={{ top: 8, right: 12, bottom: 0, left: horizontal ? 8 : -16 }}
    >
      <CartesianGrid stroke="var(--line)" vertical={horizontal} horizontal={!horizontal} />
      {horizontal ? (
        <>
          <XAxis type="number" allowDecimals={false} tick={axis} stroke="var(--line)" />
          <YAxis type="category" dataKey="label" width={120} tick={axis} stroke="var(--line)" />
        </>
      ) : (
        <>
          <XAxis dataKey="label" tick={axis} stroke="var(--line)" interval="preserveStartEnd" minTickGap={24} />
          <YAxis allowDecimals={false} tick={axis} stroke="var(--line)" />
        </>
      )}
      <Tooltip cursor={{ fill: "var(--accent-soft)" }} formatter={(value) => [value, unit]} />
      <Bar dataKey="value" fill={accent} radius={horizontal ? [0, 3, 3, 0] : [3, 3, 0, 0]} isAnimationActive={false} />
    </BarChart>
  );
}
