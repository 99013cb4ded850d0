import type { ReactNode } from "react";
import type { ComparedField } from "@/src/stewardship/load-suspect-comparison";
import { attributeNames, type AttributeName } from "@/src/golden/attributes";
import { attributeLabel, formatPercent, formatWeight } from "@/app/components/format";

/** Field picks for a merge: the radios' form and, per attribute, the value survivorship keeps unless the steward picks otherwise. */
export type PickOptions = { formId: string; defaults: Partial<Record<string, string>> };
type Props = { fields: ComparedField[]; prior: number | null; left: ReactNode; right: ReactNode; picks?: PickOptions };

/** Whether a steward can choose between the two values: both sides hold one of a real attribute, and they differ. */
export const pickable = (f: ComparedField) => f.differs && f.left !== null && f.right !== null && f.left.trim() !== "" && f.right.trim() !== "" && attributeNames.includes(f.attribute as AttributeName);

/**
 * One side's value; where the sides disagree and a merge is possible, with a
 * radio choosing it to survive. The radio of the value survivorship keeps
 * anyway sends nothing, so only real changes become steward overrides.
 */
function Value({ field, side, picks }: { field: ComparedField; side: "left" | "right"; picks?: PickOptions }) {
  const value = field[side];
  if (value === null) return <span className="muted">—</span>;
  if (!picks || !pickable(field)) return <bdi>{value}</bdi>;
  const isDefault = picks.defaults[field.attribute] === value;
  return (
    <label className="queue-pick">
      <input type="radio" form={picks.formId} name={`pick.${field.attribute}`} value={isDefault ? "" : value} aria-label={`Keep ${value} as ${attributeLabel(field.attribute)}`} />
      <span>
        <bdi>{value}</bdi>
        {isDefault && <span className="small muted nowrap"> (kept by default)</span>}
      </span>
    </label>
  );
}

function Similarity({ value }: { value: number | null }) {
  if (value === null) return <span className="muted">—</span>;
  return (
    <span className="meter" title={`similarity ${formatPercent(value)}`}>
      <span className="meter-track" aria-hidden="true">
        <span className="meter-bar" style={{ width: `${Math.round(Math.max(0, Math.min(1, value)) * 100)}%` }} />
      </span>
      <span className="meter-text">{formatPercent(value)}</span>
    </span>
  );
}

/** Attribute rows across both records; differing values are marked (and, in a merge, pickable), with matching's score for each field. */
export function ComparisonTable({ fields, prior, left, right, picks }: Props) {
  if (!fields.length) return <p className="empty">Neither record has attribute values to compare.</p>;
  return (
    <div className="scroll">
      <table className="table compare pair">
        <thead>
          <tr>
            <th scope="col">Attribute</th>
            <th scope="col" className="record">
              {left}
            </th>
            <th scope="col" className="record">
              {right}
            </th>
            <th scope="col">Similarity</th>
            <th scope="col" className="num" title="Log-odds this field adds to or takes from the match score">
              Weight
            </th>
            <th scope="col">Note</th>
          </tr>
        </thead>
        <tbody>
          {fields.map((f) => (
            <tr key={f.attribute} className={f.differs ? "differs" : undefined}>
              <th scope="row">
                {attributeLabel(f.attribute)}
                {f.differs && <span className="sr-only"> (values differ)</span>}
              </th>
              <td className="value">
                <Value field={f} side="left" picks={picks} />
              </td>
              <td className="value">
                <Value field={f} side="right" picks={picks} />
              </td>
              <td>
                <Similarity value={f.similarity} />
              </td>
              <td className="num">{f.contribution === null ? <span className="muted">—</span> : formatWeight(f.contribution)}</td>
              <td className="small">{f.note}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="small muted">
        Highlighted rows: the two records disagree on that attribute.{picks && " Pick the value to keep where both hold one; unpicked, survivorship decides."} Weights are log-odds
        {prior !== null && <> added to a starting point of {formatWeight(prior)} (duplicates are rare)</>}; a missing value counts
        neither way.
      </p>
    </div>
  );
}
