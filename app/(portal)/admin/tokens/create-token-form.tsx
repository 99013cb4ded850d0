"use client";

import { useActionState } from "react";
import { OneTimeSecret } from "@/app/(portal)/admin/one-time-secret";
import { createTokenAction, type CreateTokenState } from "./actions";
import { RoleField } from "@/app/(portal)/admin/users/role-field";

type Source = { id: string; key: string; name: string };

const initial: CreateTokenState = { message: null, issues: [], created: null, values: { name: "", role: "STEWARD", sourceId: "" } };

/** Creates a token for a system; its secret is shown once below the form. */
export function CreateTokenForm({ sources }: { sources: Source[] }) {
  const [state, action, pending] = useActionState<CreateTokenState, FormData>(createTokenAction, initial);
  const invalid = (field: string) => state.issues.some((i) => i.path === field) || undefined;
  return (
    <form action={action} className="admin-form" noValidate>
      <div className="admin-form-fields">
        <label className="field grow">
          <span>Name</span>
          <input name="name" type="text" autoComplete="off" required maxLength={100} placeholder="e.g. Salesforce nightly sync" defaultValue={state.values.name} aria-invalid={invalid("name")} />
        </label>
        <RoleField defaultValue={state.values.role} />
        <label className="field">
          <span>Source</span>
          <select name="sourceId" defaultValue={state.values.sourceId} aria-invalid={invalid("sourceId")}>
            <option value="">Any source (not bound)</option>
            {sources.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name} ({s.key})
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="button primary" disabled={pending}>
          {pending ? "Creating…" : "Create token"}
        </button>
      </div>
      <p className="muted small">A token bound to a source can push records to that source only. Viewers read; stewards can also push.</p>
      {state.message && (
        <p className="form-message" role="alert">
          {state.message}
        </p>
      )}
      {state.created && (
        <OneTimeSecret
          label={`Secret of the token ${state.created.name}`}
          secret={state.created.secret}
          note="Copy this secret into the system that will use it, sent as “Authorization: Bearer <secret>”. The hub keeps only its hash and cannot show it again."
        />
      )}
    </form>
  );
}
