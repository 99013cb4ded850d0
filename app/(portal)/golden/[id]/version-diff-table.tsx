import type { LineageEntry } from "@/src/golden/attributes";
import type { VersionPair } from "@/src/golden/load-version-pair";
import { attributeLabel } from "@/app/components/format";
import { StatusBadge } from "@/app/components/status-badge";
import { WordDiff } from "./word-diff";

/** Which source record (or steward) supplied a value in that version. */
function Supplier({ entry, changed }: { entry: LineageEntry | null; changed: boolean }) {
  const text = !entry ? "no lineage" : entry.override ? `steward override by ${entry.override.author}` : `${entry.source} / ${entry.externalId ?? "?"}`;
  return <div className={`small ${changed ? "lineage-changed" : "muted"}`}>{text}</div>;
}

/** The attributes two versions disagree on, side by side with word-level marks and the source behind each value. */
export function VersionDiffTable({ pair }: { pair: VersionPair }) {
  const { from, to, changes } = pair;
  const statusChanged = from.status !== to.status;
  if (!changes.length && !statusChanged) {
    return <p className="empty">Versions {from.version} and {to.version} hold the same values from the same sources.</p>;
  }
  return (
    <div className="scroll">
      <table className="table version-diff">
        <thead>
          <tr>
            <th scope="col">Attribute</th>
            <th scope="col">Version {from.version}</th>
            <th scope="col">Version {to.version}</th>
          </tr>
        </thead>
        <tbody>
          {statusChanged && (
            <tr>
              <th scope="row">Status</th>
              <td>
                <StatusBadge status={from.status} />
              </td>
              <td>
                <StatusBadge status={to.status} />
              </td>
            </tr>
          )}
          {changes.map((c) => {
            // A value appearing or vanishing brings or takes its source along; only a swap of supplier is worth marking.
            const swapped = c.sourceChanged && c.beforeSource !== null && c.afterSource !== null;
            return (
              <tr key={c.name}>
                <th scope="row">
                  {attributeLabel(c.name)}
                  {!c.valueChanged && <div className="small muted">same value, other source</div>}
                </th>
                <td className="value">
                  <WordDiff before={c.before} after={c.after} side="before" />
                  <Supplier entry={c.beforeSource} changed={swapped} />
                </td>
                <td className="value">
                  <WordDiff before={c.before} after={c.after} side="after" />
                  <Supplier entry={c.afterSource} changed={swapped} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
