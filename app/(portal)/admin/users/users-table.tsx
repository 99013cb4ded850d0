import type { UserRow } from "@/src/auth/list-users";
import { formatTime } from "@/app/components/format";
import { RoleForm } from "./role-form";
import { StatusToggle } from "./status-toggle";

/** Every user with their role and status; your own row cannot be changed here, which the server enforces too. */
export function UsersTable({ users, selfId }: { users: UserRow[]; selfId: string }) {
  return (
    <div className="scroll">
      <table className="table admin-table">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Email</th>
            <th scope="col">Role</th>
            <th scope="col">Status</th>
            <th scope="col">Created</th>
            <th scope="col">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id} data-user={u.email}>
              <td className="admin-wrap">{u.name}</td>
              <td className="admin-wrap">{u.email}</td>
              <td>
                {u.id === selfId ? (
                  <span>
                    {u.role.toLowerCase()} <span className="muted small">(you)</span>
                  </span>
                ) : (
                  <RoleForm userId={u.id} email={u.email} role={u.role} />
                )}
              </td>
              <td>{u.disabledAt ? <span className="badge bad">disabled</span> : <span className="badge ok">enabled</span>}</td>
              <td className="nowrap">{formatTime(u.createdAt)}</td>
              <td>{u.id === selfId ? null : <StatusToggle userId={u.id} email={u.email} disabled={Boolean(u.disabledAt)} />}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
