import type { UploadInspection } from "@/src/sources/csv/upload-state";
import { formatCount } from "@/app/components/format";
import { visibleText } from "./visible-text";

/** A cell's start, with how long the whole value is when the preview cut it. */
function Cell({ value, length }: { value: string; length: number }) {
  if (!length) return <span className="muted">–</span>;
  return (
    <>
      <bdi>{visibleText(value)}</bdi>
      {length > value.length && <span className="muted small"> … ({formatCount(length)} characters)</span>}
    </>
  );
}

/**
 * The header and first rows as the import will read them. Each cell is
 * capped in width and breaks anywhere, values in any direction are
 * isolated, and the table scrolls sideways on a phone instead of widening
 * the page, whatever a file holds.
 */
export function PreviewTable({ inspection }: { inspection: UploadInspection }) {
  return (
    <div className="scroll">
      <table className="table compact csv-preview">
        <caption className="sr-only">
          The header and the first {inspection.preview.length} of {formatCount(inspection.rows)} rows
        </caption>
        <thead>
          <tr>
            <th scope="col">
              <span className="sr-only">Row</span>
            </th>
            {inspection.header.map((name, i) => (
              <th key={i} scope="col">
                {name ? <bdi>{visibleText(name)}</bdi> : <span className="muted">(no name)</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {inspection.preview.map((row, r) => (
            <tr key={r}>
              <th scope="row" className="num">
                {r + 1}
              </th>
              {row.map((cell, i) => (
                <td key={i}>
                  <Cell {...cell} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
