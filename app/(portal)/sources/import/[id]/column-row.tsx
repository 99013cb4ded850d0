import type { FieldIssue } from "@/src/errors";
import { describedBy, FieldNotes } from "./field-notes";
import { issuesOf } from "./start-input";
import { visibleText } from "./visible-text";

export type ColumnChoice = { name: string; sample: string };
export type AttributeOption = { value: string; label: string };

type Props = { column: ColumnChoice; place: number; value: string; attributes: AttributeOption[]; issues: FieldIssue[] };

/** One column of the file: its name, a value from the first rows, and the attribute it fills (or "Ignore"). */
export function ColumnRow({ column, place, value, attributes, issues }: Props) {
  const id = `import-column-${place}`;
  const errors = issuesOf(issues, `columns.${place}`);
  const shown = column.name ? visibleText(column.name) : null;
  return (
    <li className="csv-column">
      <label htmlFor={id}>
        <span className="sr-only">Attribute for column</span>{" "}
        {shown ? <bdi>{shown}</bdi> : <span className="muted">Column {place + 1} (no name)</span>}
      </label>
      <span className="muted small csv-sample">
        {column.sample ? (
          <>
            e.g. <bdi>{visibleText(column.sample)}</bdi>
          </>
        ) : (
          "empty in the first rows"
        )}
      </span>
      <select name={`columns.${place}`} defaultValue={value} {...describedBy(id, { errors })}>
        <option value="">Ignore</option>
        {attributes.map((a) => (
          <option key={a.value} value={a.value}>
            {a.label}
          </option>
        ))}
      </select>
      <FieldNotes id={id} label={shown ?? `Column ${place + 1}`} errors={errors} />
    </li>
  );
}
