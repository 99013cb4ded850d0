import type { RejectedRow } from "@/src/ingest/list-rejected-records";
import { formatTime } from "@/app/components/format";
import { RowActions } from "./row-actions";

const PREVIEW_CHARS = 160;

/** The payload as received: a short preview that opens to the whole, wrapped so a long value cannot squeeze its neighbours. */
function Payload({ payload }: { payload: unknown }) {
  const json = JSON.stringify(payload);
  if (json.length <= PREVIEW_CHARS) return <code>{json}</code>;
  return (
    <details>
      <summary>
        <code>{json.slice(0, PREVIEW_CHARS)}…</code>
      </summary>
      <pre>{JSON.stringify(payload, null, 2)}</pre>
    </details>
  );
}

/** Quarantined records with why each failed and, for stewards, a way to retry or dismiss each. */
export function QuarantineTable({ rows, mayAct }: { rows: RejectedRow[]; mayAct: boolean }) {
  return (
    <div className="scroll">
      <table className="table quarantine-table">
        <thead>
          <tr>
            <th scope="col">Source</th>
            <th scope="col">External id</th>
            <th scope="col">Reasons</th>
            <th scope="col">Received</th>
            <th scope="col">Payload</th>
            {mayAct && <th scope="col">Action</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <td>{r.sourceName}</td>
              <td>{r.externalId ? <code>{r.externalId}</code> : <span className="muted">none</span>}</td>
              <td>
                <ul className="reasons">
                  {r.reasons.map((reason, i) => (
                    <li key={i}>
                      <code>{reason.path}</code> {reason.message}
                    </li>
                  ))}
                </ul>
              </td>
              <td className="nowrap">{formatTime(r.createdAt)}</td>
              <td className="payload">
                <Payload payload={r.payload} />
              </td>
              {mayAct && (
                <td>
                  <RowActions rejectedRecordId={r.id} externalId={r.externalId} />
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
