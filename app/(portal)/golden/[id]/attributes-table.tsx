import Link from "next/link";
import type { AttributeWithLineage } from "@/src/golden/load-golden-record";
import { attributeLabel, formatTime } from "@/app/components/format";

type Props = { attributes: AttributeWithLineage[]; mayEdit: boolean };

/** Where a value came from: the source record that won it, or the steward who set it and why. */
function Lineage({ lineage }: { lineage: NonNullable<AttributeWithLineage["lineage"]> }) {
  if (lineage.override) {
    return (
      <td colSpan={2}>
        <span className="badge override">steward override</span> <span className="small">{lineage.override.author}</span>
        <div className="small muted">
          <bdi>{lineage.override.reason}</bdi>
        </div>
      </td>
    );
  }
  return (
    <>
      <td>
        {lineage.sourceName}
        {lineage.rule && <div className="small muted">by {lineage.rule.toLowerCase()}</div>}
      </td>
      <td>
        <code>{lineage.externalId}</code>
      </td>
    </>
  );
}

/** Each golden value beside the source record that won it, so a steward can trace any value home, and correct it. */
export function AttributesTable({ attributes, mayEdit }: Props) {
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
            <th scope="col">Changed</th>
            {mayEdit && (
              <th scope="col">
                <span className="visually-hidden">Correct</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {attributes.map((a) => (
            <tr key={a.name}>
              <th scope="row">{attributeLabel(a.name)}</th>
              <td className="value">
                <bdi>{a.value}</bdi>
              </td>
              {a.lineage ? (
                <>
                  <Lineage lineage={a.lineage} />
                  <td className="nowrap">{formatTime(a.lineage.updatedAt)}</td>
                </>
              ) : (
                <td colSpan={3} className="muted">
                  no lineage recorded
                </td>
              )}
              {mayEdit && (
                <td className="nowrap">
                  <Link href={`?edit=${a.name}#correct`} scroll={false}>
                    Edit
                  </Link>
                  {a.lineage?.override && (
                    <>
                      {" · "}
                      <Link href={`?clear=${a.name}#correct`} scroll={false}>
                        Clear
                      </Link>
                    </>
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
