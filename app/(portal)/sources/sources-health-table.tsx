import { EXACT_COUNT_UP_TO, type SourceHealth } from "@/src/sources/list-source-health";
import { formatAge } from "@/app/components/format-age";
import { formatCount, formatTime } from "@/app/components/format";
import { HealthBadge } from "./health-badge";
import { SourceActions } from "./source-actions";
import { SourceDaysChart } from "./source-days-chart";
import { sourceOrigin } from "./source-origin";

const never = <span className="muted">never</span>;

function StatusCell({ source }: { source: SourceHealth }) {
  return (
    <td className="source-status">
      <HealthBadge status={source.status} />
      {source.paused && (
        <span className="small">
          <bdi>{source.paused.reason ?? "No reason given."}</bdi>
          <span className="muted">
            {" "}
            since {formatTime(source.paused.at)}
            {source.paused.resumeAt && <>; resumes by itself at {formatTime(source.paused.resumeAt)}</>}
          </span>
        </span>
      )}
      {source.running && (
        <span className="small muted">
          {source.running.kind.toLowerCase()} run since {formatTime(source.running.startedAt)}
        </span>
      )}
    </td>
  );
}

/** A source that pushes sends when it likes, so it has no lag and no sync to succeed: a dash, not "never". */
const notSynced = <span className="muted">—</span>;

function LagCell({ source }: { source: SourceHealth }) {
  if (!source.connector) return <td>{notSynced}</td>;
  return <td className="nowrap">{source.lagMs === null ? <span className="muted">never synced</span> : formatAge(source.lagMs)}</td>;
}

/**
 * Every source with whether the hub keeps up with it. Long values (a name in
 * any script, a 300-character error from a gateway) wrap inside their cells;
 * on a phone the table scrolls sideways instead of widening the page.
 */
export function SourcesHealthTable({ sources, canManage, days }: { sources: SourceHealth[]; canManage: boolean; days: number }) {
  return (
    <div className="scroll">
      <table className="table sources-health">
        <thead>
          <tr>
            <th scope="col">Source</th>
            <th scope="col">Status</th>
            <th scope="col">Lag</th>
            <th scope="col">Last success</th>
            <th scope="col">Last error</th>
            <th scope="col" className="num">
              Records
            </th>
            <th scope="col">Last {days} days</th>
            {canManage && (
              <th scope="col">
                <span className="sr-only">Actions</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {sources.map((s) => (
            <tr key={s.id} data-source={s.key}>
              <th scope="row" className="source-name">
                <bdi>{s.name}</bdi>
                <span className="small muted">
                  <code>{s.key}</code> · {sourceOrigin(s)}
                </span>
              </th>
              <StatusCell source={s} />
              <LagCell source={s} />
              <td className="nowrap">{s.lastSuccessAt ? formatTime(s.lastSuccessAt) : s.connector ? never : notSynced}</td>
              <td className="source-error">
                {s.lastError ? (
                  <>
                    <bdi>{s.lastError.message}</bdi>
                    <span className="small muted">{formatTime(s.lastError.at)}</span>
                  </>
                ) : (
                  <span className="muted">none</span>
                )}
              </td>
              <td className="num nowrap" title={s.records.estimated ? `Estimated from the database's statistics; exact for sources of up to ${formatCount(EXACT_COUNT_UP_TO)} records` : undefined}>
                {s.records.estimated && "≈ "}
                {formatCount(s.records.count)}
              </td>
              <td>
                <SourceDaysChart days={s.days} unit={s.connector ? "run" : "batch"} />
              </td>
              {canManage && (
                <td>
                  <SourceActions source={s} />
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
