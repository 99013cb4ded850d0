"use client";

import { useActionState } from "react";
import type { Role } from "@/prisma/generated/client";
import { changeRoleAction, type UserActionState } from "./actions";
import { roleOptions } from "./role-options";

/** A user's role, changed in place; a refusal (the last admin, yourself) shows beside it. */
export function RoleForm({ userId, email, role }: { userId: string; email: string; role: Role }) {
  const [state, action, pending] = useActionState<UserActionState, FormData>(changeRoleAction, { message: null, ok: true });
  return (
    <form action={action} className="admin-inline-form">
      <input type="hidden" name="userId" value={userId} />
      <select name="role" defaultValue={role} aria-label={`Role of ${email}`}>
        {roleOptions.map((r) => (
          <option key={r.value} value={r.value}>
            {r.label}
          </option>
        ))}
      </select>
      <button type="submit" className="button small" disabled={pending} aria-label={`Save role of ${email}`}>
        {pending ? "Saving…" : "Save"}
      </button>
      {state.message && (
        <p className={state.ok ? "small admin-ok" : "form-message small"} role={state.ok ? "status" : "alert"}>
          {state.message}
        </p>
      )}
    </form>
  );
}
