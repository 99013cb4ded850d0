import type { SourceRow } from "@/src/sources/list-sources";
import { SourceDuplicatesButton } from "./source-duplicates-button";

/** Each source's duplicate setting beside the bar it selects, so an admin sees which rule a source's own second record meets. */
export function SourcesTable({ rows, bars }: { rows: SourceRow[]; bars: { auto: number; sameSource: number } }) {
  if (!rows.length) return <p className="empty">No sources yet: a source appears here when it first sends records.</p>;
  const percent = (f: number) => `${(f * 100).toLocaleString("en-US", { maximumFractionDigits: 2 })}%`;
  return (
    <div className="scroll">
      <table className="table sources-table">
        <thead>
          <tr>
            <th scope="col">Source</th>
            <th scope="col">Kind</th>
            <th scope="col">Own duplicates</th>
            <th scope="col" title="The bar a person record of this source must reach to join a golden record that already holds one of its records">
              Person bar
            </th>
            <th scope="col">
              <span className="visually-hidden">Change</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((s) => (
            <tr key={s.id}>
              <td className="value">
                <bdi>{s.name}</bdi> <span className="muted small">{s.key}</span>
              </td>
              <td>{s.kind}</td>
              <td>{s.mayHoldDuplicates ? "May hold duplicates" : "One record per customer"}</td>
              <td className="num">{percent(s.mayHoldDuplicates ? bars.auto : bars.sameSource)}</td>
              <td>
                <SourceDuplicatesButton sourceId={s.id} sourceName={s.name} mayHoldDuplicates={s.mayHoldDuplicates} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
