import { attributeNames } from "@/src/golden/attributes";
import type { AttributeWithLineage, XrefColumn } from "@/src/golden/load-golden-record";
import { attributeLabel, formatTime } from "@/app/components/format";
import { StatusBadge } from "@/app/components/status-badge";

type Props = { xrefs: XrefColumn[]; attributes: AttributeWithLineage[] };

/**
 * The source records side by side, one column each; the value that became
 * the golden value is marked, so disagreements between sources stand out.
 */
export function XrefsTable({ xrefs, attributes }: Props) {
  if (!xrefs.length) return <p className="empty">No source records are linked to this record.</p>;
  const winners = new Map(attributes.map((a) => [a.name, a.lineage?.sourceRecordId]));
  const rows = attributeNames.filter((n) => xrefs.some((x) => x.attributes[n] !== undefined));
  return (
    <div className="scroll">
      <table className="table compare">
        <thead>
          <tr>
            <th scope="col">Attribute</th>
            {xrefs.map((x) => (
              <th scope="col" key={x.id} className="record">
                <div>{x.sourceName}</div>
                <code className="small">{x.externalId}</code>
                <div className="small muted">
                  {formatTime(x.sourceUpdatedAt)} {x.status !== "ACTIVE" && <StatusBadge status={x.status} />}
                </div>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((name) => (
            <tr key={name}>
              <th scope="row">{attributeLabel(name)}</th>
              {xrefs.map((x) => {
                const value = x.attributes[name];
                const won = winners.get(name) === x.id;
                return (
                  <td key={x.id} className={won ? "winner" : undefined} title={won ? "The golden value comes from this record" : undefined}>
                    {value ?? <span className="muted">—</span>}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="small muted">Highlighted: the value survivorship chose for the golden record.</p>
    </div>
  );
}
