import Link from "next/link";
import type { AuditEventRow } from "@/src/audit/list-audit-events";
import { formatTime } from "@/app/components/format";
import { ChangeSummary } from "./change-summary";
import { targetHref } from "./target-href";

/** The log newest first: when, who, what, on which target, and what changed. */
export function AuditTable({ rows }: { rows: AuditEventRow[] }) {
  return (
    <div className="scroll">
      <table className="table audit-table">
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Actor</th>
            <th scope="col">Action</th>
            <th scope="col">Target</th>
            <th scope="col">Change</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const href = targetHref(r.targetType, r.targetId);
            return (
              <tr key={r.id}>
                <td className="nowrap">{formatTime(r.createdAt)}</td>
                <td className="audit-wrap">
                  <code>{r.actor}</code>
                </td>
                <td className="nowrap">{r.action}</td>
                <td className="audit-wrap">
                  <span className="muted small">{r.targetType}</span>
                  <br />
                  {href ? <Link href={href}>{r.targetId}</Link> : <code>{r.targetId}</code>}
                </td>
                <td>
                  <ChangeSummary data={r.data} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
