import type { ReactNode } from "react";
import type { ComparedField } from "@/src/stewardship/load-suspect-comparison";
import { attributeLabel, formatPercent, formatWeight } from "@/app/components/format";

type Props = { fields: ComparedField[]; prior: number | null; left: ReactNode; right: ReactNode };

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

/** Attribute rows across both records; differing values are marked, with matching's score for each field. */
export function ComparisonTable({ fields, prior, left, right }: Props) {
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
              <td className="value">{f.left ?? <span className="muted">—</span>}</td>
              <td className="value">{f.right ?? <span className="muted">—</span>}</td>
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
        Highlighted rows: the two records disagree on that attribute. Weights are log-odds
        {prior !== null && <> added to a starting point of {formatWeight(prior)} (duplicates are rare)</>}; a missing value counts
        neither way.
      </p>
    </div>
  );
}
