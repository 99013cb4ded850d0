import { attributeNames } from "@/src/golden/attributes";
import Link from "next/link";
import type { AttributeWithLineage, XrefColumn } from "@/src/golden/load-golden-record";
import type { ValueWarning } from "@/src/standardize/value-warnings";
import { hasVisibleCharacter, spelledOut } from "@/src/standardize/visible";
import { attributeLabel, formatTime } from "@/app/components/format";
import { StatusBadge } from "@/app/components/status-badge";

/** `maySplit`: the viewer may split records out, and there is more than one active record to split from. */
type Props = { xrefs: XrefColumn[]; attributes: AttributeWithLineage[]; maySplit: boolean };

/** A value the source sent but ingest left out (or kept but doubts), shown as sent (code points when nothing of it is visible) with the reason. */
function LeftOut({ warning }: { warning: ValueWarning }) {
  const sent = hasVisibleCharacter(warning.value) ? warning.value : spelledOut(warning.value);
  return (
    <div className="small">
      <span className="badge warn">{warning.kept ? "doubtful" : "left out"}</span>{" "}
      <code>
        <bdi>{sent}</bdi>
      </code>{" "}
      {warning.problem}
    </div>
  );
}

/**
 * The source records side by side, one column each; the value that became
 * the golden value is marked, so disagreements between sources stand out,
 * and a value left out as invalid is shown with why, so a steward can tell
 * "the source never said" from "the source said something unusable".
 */
export function XrefsTable({ xrefs, attributes, maySplit }: Props) {
  if (!xrefs.length) return <p className="empty">No source records are linked to this record.</p>;
  const winners = new Map(attributes.map((a) => [a.name, a.lineage?.sourceRecordId]));
  const warned = (x: XrefColumn, name: string) => x.warnings.find((w) => w.attribute === name);
  const rows = attributeNames.filter((n) => xrefs.some((x) => x.attributes[n] !== undefined || warned(x, n)));
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
                {maySplit && (
                  <Link href={`?split=${x.id}#split`} scroll={false} className="small">
                    Split out…
                  </Link>
                )}
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
                const warning = warned(x, name);
                return (
                  <td key={x.id} className={won ? "winner" : undefined} title={won ? "The golden value comes from this record" : undefined}>
                    {value ?? <span className="muted">—</span>}
                    {warning && <LeftOut warning={warning} />}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="small muted">
        Highlighted: the value survivorship chose for the golden record. Left out: a value the source sent that is not valid; it is
        kept with the source record but never used for matching or the golden record. Doubtful: a value kept and used, that the
        source should check.
      </p>
    </div>
  );
}
