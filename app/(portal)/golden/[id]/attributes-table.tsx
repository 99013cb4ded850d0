import type { AttributeWithLineage } from "@/src/golden/load-golden-record";
import { attributeLabel, formatTime } from "@/app/components/format";

/** Each golden value beside the source record that won it, so a steward can trace any value home. */
export function AttributesTable({ attributes }: { attributes: AttributeWithLineage[] }) {
  if (!attributes.length) return <p className="empty">This record has no attribute values.</p>;
  return (
    <div className="scroll">
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Attribute</th>
            <th scope="col">Value</th>
            <th scope="col">Source</th>
            <th scope="col">External id</th>
            <th scope="col">Source changed it</th>
          </tr>
        </thead>
        <tbody>
          {attributes.map((a) => (
            <tr key={a.name}>
              <th scope="row">{attributeLabel(a.name)}</th>
              <td className="value">{a.value}</td>
              {a.lineage ? (
                <>
                  <td>{a.lineage.sourceName}</td>
                  <td>
                    <code>{a.lineage.externalId}</code>
                  </td>
                  <td className="nowrap">{a.lineage.updatedAt ? formatTime(a.lineage.updatedAt) : "—"}</td>
                </>
              ) : (
                <td colSpan={3} className="muted">
                  no lineage recorded
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
