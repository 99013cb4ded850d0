"use client";

import { useActionState, useState } from "react";
import { attributeNames, type AttributeName } from "@/src/golden/attributes";
import { attributeLabel } from "@/app/components/format";
import { correctValue, type StewardFormState } from "./actions";
import { FormMessage } from "@/app/components/form-message";

type Props = {
  goldenRecordId: string;
  version: number;
  values: Partial<Record<AttributeName, string>>;
  overridden: AttributeName[];
  initial: { attribute: AttributeName; mode: "set" | "clear" } | null;
};

/**
 * Correct one golden value with a reason. The correction becomes a steward
 * override, which wins over later source updates until it is cleared here.
 */
export function CorrectionForm({ goldenRecordId, version, values, overridden, initial }: Props) {
  const [state, action, pending] = useActionState<StewardFormState, FormData>(correctValue, { message: null });
  const [attribute, setAttribute] = useState<AttributeName>(initial?.attribute ?? "email");
  const [mode, setMode] = useState<"set" | "unknown" | "clear">(initial?.mode ?? "set");
  const mayClear = overridden.includes(attribute);
  return (
    <form action={action} className="steward-form" id="correct">
      <input type="hidden" name="goldenRecordId" value={goldenRecordId} />
      <input type="hidden" name="expectedVersion" value={version} />
      <FormMessage message={state.message} />
      <label>
        Attribute
        <select name="attribute" value={attribute} onChange={(e) => setAttribute(e.target.value as AttributeName)}>
          {attributeNames.map((n) => (
            <option key={n} value={n}>
              {attributeLabel(n)}
              {overridden.includes(n) ? " (steward override)" : ""}
            </option>
          ))}
        </select>
      </label>
      <fieldset className="steward-modes">
        <legend>Change</legend>
        <label>
          <input type="radio" name="mode" value="set" checked={mode === "set"} onChange={() => setMode("set")} /> Set to
        </label>
        <label>
          <input type="radio" name="mode" value="unknown" checked={mode === "unknown"} onChange={() => setMode("unknown")} /> Unknown
        </label>
        <label>
          <input type="radio" name="mode" value="clear" checked={mode === "clear"} disabled={!mayClear} onChange={() => setMode("clear")} /> Clear
          override (sources decide again)
        </label>
      </fieldset>
      {mode === "set" && (
        <label>
          Value
          <input name="value" key={attribute} defaultValue={values[attribute] ?? ""} maxLength={500} required />
        </label>
      )}
      <label>
        Reason
        <input name="reason" maxLength={500} required placeholder="e.g. customer called to correct it" />
      </label>
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={pending || (mode === "clear" && !mayClear)}>
          {mode === "clear" ? "Clear override" : "Save correction"}
        </button>
        <span className="small muted">The record gets a new version; subscribers get golden.updated.</span>
      </div>
    </form>
  );
}
