import type { Metadata } from "next";
import { listUsers } from "@/src/auth/list-users";
import { can } from "@/src/auth/permissions";
import { requirePrincipal } from "@/app/components/require-principal";
import { NotAllowed } from "@/app/(portal)/admin/not-allowed";
import { InviteForm } from "./invite-form";
import { UsersTable } from "./users-table";

export const metadata: Metadata = { title: "Users" };

/** The admin's list of who may sign in: invite, change roles, disable and enable. */
export default async function UsersPage() {
  const principal = await requirePrincipal();
  if (!can(principal, "users.manage")) return <NotAllowed title="Users" />;
  const users = await listUsers({ principal });
  return (
    <>
      <div className="page-head">
        <h1>Users</h1>
        <p className="muted">Who may sign in and what they may do. Role changes and disabling take effect on the user&apos;s next click.</p>
      </div>
      <section className="panel" aria-labelledby="invite">
        <h2 id="invite">Invite a user</h2>
        <p className="muted small">The hub sends no mail: it makes a one-time password for you to hand over.</p>
        <InviteForm />
      </section>
      <section className="panel" aria-labelledby="users">
        <h2 id="users">
          {users.length} {users.length === 1 ? "user" : "users"}
        </h2>
        <UsersTable users={users} selfId={principal.id} />
      </section>
    </>
  );
}
