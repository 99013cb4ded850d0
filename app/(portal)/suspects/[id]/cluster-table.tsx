import Link from "next/link";
import type { SuspectCluster } from "@/src/stewardship/load-suspect-cluster";
import { attributeLabel } from "@/app/components/format";

/** Whether the records holding a value disagree on it; a record without one does not disagree. */
const disagree = (values: (string | undefined)[]) => new Set(values.filter(Boolean)).size > 1;

/**
 * Every record linked to this pair by open suspects, one column each, so a
 * steward sees a customer keyed four times at once. Each other record opens
 * the suspect that pairs it with this pair; merging pair by pair folds the
 * rest together.
 */
export function ClusterTable({ cluster, pairIds, queue }: { cluster: SuspectCluster; pairIds: [string, string]; queue: string }) {
  const { records, attributes } = cluster;
  return (
    <div className="scroll">
      <table className="table compare">
        <thead>
          <tr>
            <th scope="col">Attribute</th>
            {records.map((r) => (
              <th key={r.id} scope="col" className="record">
                <Link href={`/golden/${r.id}`}>
                  <bdi>{r.displayName}</bdi>
                </Link>
                <div className="small muted">
                  {pairIds.includes(r.id) ? (
                    "this pair"
                  ) : r.suspectId ? (
                    <Link href={`/suspects/${r.suspectId}${queue ? `?${queue}` : ""}`}>compare with this pair</Link>
                  ) : (
                    "linked through another record"
                  )}
                </div>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {attributes.map((name) => {
            const values = records.map((r) => r.attributes[name]);
            const differs = disagree(values);
            return (
              <tr key={name} className={differs ? "differs" : undefined}>
                <th scope="row">
                  {attributeLabel(name)}
                  {differs && <span className="sr-only"> (values differ)</span>}
                </th>
                {records.map((r, i) => (
                  <td key={r.id} className="value">
                    {values[i] ? <bdi>{values[i]}</bdi> : <span className="muted">—</span>}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="small muted">
        {cluster.truncated ? `The ${records.length} nearest records of a larger cluster. ` : ""}Highlighted rows: the records holding a value disagree on it.
      </p>
    </div>
  );
}
