import type { SourceDay } from "@/src/sources/list-source-health";
import { formatCount } from "@/app/components/format";

/**
 * Records accepted (teal) and quarantined (red) per day as a row of small
 * stacked bars, like the dashboard's steward throughput. Each source has its
 * own square-root scale: an initial load of thousands would otherwise flatten
 * the days of trickle after it to nothing. The exact figures are the text
 * beside it and each bar's tooltip, and the text is what screen readers get.
 */
export function SourceDaysChart({ days, unit }: { days: SourceDay[]; unit: "run" | "batch" }) {
  const accepted = days.reduce((sum, d) => sum + d.accepted, 0);
  const rejected = days.reduce((sum, d) => sum + d.rejected, 0);
  const count = days.reduce((sum, d) => sum + d.runs, 0);
  const units = unit === "run" ? "runs" : "batches";
  if (!count) return <span className="muted small">no {units} in {days.length} days</span>;
  const max = Math.sqrt(Math.max(1, ...days.map((d) => d.accepted + d.rejected)));
  return (
    <div className="source-days">
      <span className="spark source-spark" aria-hidden="true">
        {days.map((d) => {
          const total = d.accepted + d.rejected;
          return (
            <span key={d.day} title={`${d.day}: ${d.runs} ${d.runs === 1 ? unit : units}, ${d.accepted} accepted, ${d.rejected} rejected`} className={total ? undefined : "spark-zero"} style={{ height: `${Math.max(total ? 12 : 2, (Math.sqrt(total) / max) * 100)}%` }}>
              {d.rejected > 0 && <span className="tone-4" style={{ flexGrow: d.rejected }} />}
              {d.accepted > 0 && <span className="tone-1" style={{ flexGrow: d.accepted }} />}
            </span>
          );
        })}
      </span>
      <span className="small">
        {formatCount(accepted)} accepted{rejected > 0 && <>, <span className="source-rejected">{formatCount(rejected)} rejected</span></>}
        <span className="muted">
          {" "}
          in {formatCount(count)} {count === 1 ? unit : units}
        </span>
      </span>
    </div>
  );
}
