"use client";

import { useActionState } from "react";
import { saveApprovalRules, type RequestFormState } from "./actions";

type Rule = { action: string; label: string; required: boolean; updatedBy: string | null };

/** The admin's four-eyes settings: which steward actions wait for an approver. */
export function ApprovalRulesForm({ rules }: { rules: Rule[] }) {
  const [state, action, pending] = useActionState<RequestFormState, FormData>(saveApprovalRules, { message: null });
  return (
    <form action={action} className="steward-form">
      <fieldset className="steward-modes">
        <legend>Needs a second person&apos;s approval</legend>
        {rules.map((r) => (
          <label key={r.action}>
            <input type="checkbox" name="required" value={r.action} defaultChecked={r.required} /> {r.label}
          </label>
        ))}
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="button" disabled={pending}>
          Save
        </button>
        {state.message && (
          <span className="small" role="status">
            {state.message}
          </span>
        )}
      </div>
    </form>
  );
}
