"use client";

import { useActionState, useState } from "react";
import type { FieldIssue } from "@/src/errors";
import { FormMessage } from "@/app/components/form-message";
import { startImportAction, type StartState } from "./actions";
import { ColumnRow, type AttributeOption, type ColumnChoice } from "./column-row";
import { describedBy, FieldNotes } from "./field-notes";
import { issuesOf, NEW_SOURCE, type MappingValues } from "./start-input";

type Props = {
  uploadId: string;
  columns: ColumnChoice[];
  attributes: AttributeOption[];
  sources: { key: string; name: string }[];
  /** the guessed mapping, the suggested key and no default country: what the form starts with */
  initial: MappingValues;
};

type FieldsProps = Omit<Props, "uploadId" | "initial"> & { values: MappingValues; issues: FieldIssue[] };

function SourceFields({ values, issues, sources }: Pick<FieldsProps, "values" | "issues" | "sources">) {
  const [source, setSource] = useState(values.source);
  const errors = issuesOf(issues, "sourceKey");
  const keyHint = "letters, digits, '.', '_' or '-'; it names the source in lineage and in the API";
  return (
    <fieldset className="source-fieldset">
      <legend>Target source</legend>
      <div className="admin-form-fields">
        <div className="field">
          <label htmlFor="import-source">Source</label>
          <select name="source" defaultValue={values.source} onChange={(e) => setSource(e.target.value)} {...describedBy("import-source", { errors: source === NEW_SOURCE ? [] : errors })}>
            <option value={NEW_SOURCE}>A new CSV source…</option>
            {sources.map((s) => (
              <option key={s.key} value={s.key}>
                {s.name === s.key ? s.key : `${s.name} (${s.key})`}
              </option>
            ))}
          </select>
          <FieldNotes id="import-source" label="Source" errors={source === NEW_SOURCE ? [] : errors} />
        </div>
        {source === NEW_SOURCE && (
          <div className="field grow">
            <label htmlFor="import-source-key">New source key</label>
            <input name="sourceKey" type="text" defaultValue={values.sourceKey} maxLength={64} autoComplete="off" spellCheck={false} {...describedBy("import-source-key", { hint: keyHint, errors })} />
            <FieldNotes id="import-source-key" label="New source key" hint={keyHint} errors={errors} />
          </div>
        )}
      </div>
    </fieldset>
  );
}

function RowFields({ values, issues, columns }: Pick<FieldsProps, "values" | "issues" | "columns">) {
  const idErrors = issuesOf(issues, "idColumn");
  const countryErrors = issuesOf(issues, "country");
  const idHint = "the customer's key in the file; without one, importing a changed file again adds its rows anew instead of updating them";
  const countryHint = "for rows that name none; an ISO code such as DE";
  return (
    <fieldset className="source-fieldset">
      <legend>Rows</legend>
      <div className="admin-form-fields">
        <div className="field grow">
          <label htmlFor="import-id-column">Id column</label>
          <select name="idColumn" defaultValue={values.idColumn} {...describedBy("import-id-column", { hint: idHint, errors: idErrors })}>
            <option value="">None: number the rows 1, 2, 3…</option>
            {columns.map((c, i) => (
              <option key={i} value={String(i)}>
                {c.name || `Column ${i + 1}`}
              </option>
            ))}
          </select>
          <FieldNotes id="import-id-column" label="Id column" hint={idHint} errors={idErrors} />
        </div>
        <div className="field">
          <label htmlFor="import-country">
            Default country <span className="muted">(optional)</span>
          </label>
          <input name="country" type="text" defaultValue={values.country} maxLength={2} size={4} autoComplete="off" placeholder="DE" {...describedBy("import-country", { hint: countryHint, errors: countryErrors })} />
          <FieldNotes id="import-country" label="Default country" hint={countryHint} errors={countryErrors} />
        </div>
      </div>
    </fieldset>
  );
}

/** The form's fields, drawn afresh from what was sent after each refusal (React resets a form after its action). */
function MappingFields({ values, issues, columns, attributes, sources }: FieldsProps) {
  const mapErrors = issuesOf(issues, "columns");
  return (
    <>
      <SourceFields values={values} issues={issues} sources={sources} />
      <RowFields values={values} issues={issues} columns={columns} />
      <fieldset className="source-fieldset">
        <legend>Columns</legend>
        <p className="muted small">Each column fills one attribute of the customer, or is ignored. The guesses come from the header names; check them against the preview.</p>
        {mapErrors.length > 0 && (
          <p className="field-errors" role="alert">
            Columns: {mapErrors.join("; ")}
          </p>
        )}
        <ol className="csv-columns">
          {columns.map((column, i) => (
            <ColumnRow key={i} column={column} place={i} value={values.columns[i] ?? ""} attributes={attributes} issues={issues} />
          ))}
        </ol>
      </fieldset>
    </>
  );
}

/**
 * Where an admin says what the file's columns are: the target source, the
 * id column, a default country and an attribute per column. A refusal marks
 * each field it names and keeps every choice; a start opens the progress.
 */
export function MappingForm({ uploadId, initial, ...rest }: Props) {
  const [state, action, pending] = useActionState<StartState, FormData>(startImportAction.bind(null, uploadId), { answers: 0, message: null, issues: [], values: null });
  return (
    <form action={action} className="admin-form csv-mapping" noValidate aria-busy={pending}>
      <MappingFields key={state.answers} values={state.values ?? initial} issues={state.issues} {...rest} />
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={pending}>
          {pending ? "Starting…" : "Start import"}
        </button>
        <FormMessage message={state.message} />
      </div>
    </form>
  );
}
