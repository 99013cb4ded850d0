import type { Role } from "@/prisma/generated/client";
import { roleOptions } from "./role-options";

/** The Role field of the invite and token forms: every role, the given one chosen. */
export function RoleField({ defaultValue }: { defaultValue: Role | string }) {
  return (
    <label className="field">
      <span>Role</span>
      <select name="role" defaultValue={defaultValue}>
        {roleOptions.map((r) => (
          <option key={r.value} value={r.value}>
            {r.label}
          </option>
        ))}
      </select>
    </label>
  );
}
