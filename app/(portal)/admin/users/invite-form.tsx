"use client";

import { useActionState } from "react";
import { OneTimeSecret } from "@/app/(portal)/admin/one-time-secret";
import { inviteUserAction, type InviteState } from "./actions";
import { roleOptions } from "./role-options";
import { RoleField } from "./role-field";

const initial: InviteState = { message: null, issues: [], invited: null, values: { email: "", name: "", role: "STEWARD" } };

/** Invites a person; on success the one-time password replaces nothing else on the page, so the admin can copy it before moving on. */
export function InviteForm() {
  const [state, action, pending] = useActionState<InviteState, FormData>(inviteUserAction, initial);
  const invalid = (field: string) => state.issues.some((i) => i.path === field) || undefined;
  return (
    <form action={action} className="admin-form" noValidate>
      <div className="admin-form-fields">
        <label className="field grow">
          <span>Email</span>
          <input name="email" type="email" autoComplete="off" required maxLength={254} defaultValue={state.values.email} aria-invalid={invalid("email")} />
        </label>
        <label className="field grow">
          <span>Name</span>
          <input name="name" type="text" autoComplete="off" required maxLength={200} defaultValue={state.values.name} aria-invalid={invalid("name")} />
        </label>
        <RoleField defaultValue={state.values.role} />
        <button type="submit" className="button primary" disabled={pending}>
          {pending ? "Inviting…" : "Invite"}
        </button>
      </div>
      <p className="muted small">
        {roleOptions.map((r) => `${r.label}: ${r.hint}.`).join(" ")}
      </p>
      {state.message && (
        <p className="form-message" role="alert">
          {state.message}
        </p>
      )}
      {state.invited && (
        <OneTimeSecret
          label={`One-time password for ${state.invited.email}`}
          secret={state.invited.password}
          note={`Give this password to ${state.invited.email} in person or over a channel you trust; the hub keeps only its hash and cannot show it again.`}
        />
      )}
    </form>
  );
}
