import Link from "next/link";
import type { VersionRow } from "@/src/golden/load-golden-record";
import { attributeLabel, formatTime } from "@/app/components/format";
import { StatusBadge } from "@/app/components/status-badge";

/** Versions newest first: who changed the record, why, which attributes moved, and a link to see exactly how. */
export function HistoryTable({ versions }: { versions: VersionRow[] }) {
  if (!versions.length) return <p className="empty">No versions are recorded.</p>;
  return (
    <div className="scroll">
      <table className="table">
        <thead>
          <tr>
            <th scope="col" className="num">
              Version
            </th>
            <th scope="col">When</th>
            <th scope="col">Reason</th>
            <th scope="col">Actor</th>
            <th scope="col">Changed</th>
            <th scope="col">Status</th>
            <th scope="col">Compare</th>
          </tr>
        </thead>
        <tbody>
          {versions.map((v) => (
            <tr key={v.version}>
              <td className="num">{v.version}</td>
              <td className="nowrap">{formatTime(v.createdAt)}</td>
              <td>{v.reason}</td>
              <td>
                <code>{v.actor}</code>
              </td>
              <td className="small">{v.changed.length ? v.changed.map(attributeLabel).join(", ") : <span className="muted">no attribute changes</span>}</td>
              <td>
                <StatusBadge status={v.status} />
              </td>
              <td className="nowrap">
                {v.version > 1 && (
                  <Link href={`?from=${v.version - 1}&to=${v.version}#compare`} scroll={false} aria-label={`Compare version ${v.version} with version ${v.version - 1}`}>
                    with previous
                  </Link>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
