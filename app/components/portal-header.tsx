import Link from "next/link";
import { can } from "@/src/auth/permissions";
import type { Principal } from "@/src/auth/principal";
import { NavLinks } from "./nav-links";
import { signOutAction } from "./sign-out-action";

type Props = { user: { name?: string | null; email?: string | null }; principal: Principal; openSuspects: number };

/** The portal's header: sections, who is signed in with which role, and the way out. */
export function PortalHeader({ user, principal, openSuspects }: Props) {
  const allowed = {
    matching: can(principal, "matching.manage"),
    rules: can(principal, "rules.manage"),
    requests: can(principal, "suspects.decide"),
    audit: can(principal, "audit.read"),
    users: can(principal, "users.manage"),
    sources: can(principal, "records.read"),
    subscribers: can(principal, "subscribers.manage"),
  };
  // Past nine sections the nav no longer fits beside the brand and the user on a laptop screen.
  const many = Object.values(allowed).filter(Boolean).length > 4;
  return (
    <header className={`site-header${many ? " many-sections" : ""}`}>
      <Link href="/" className="brand">
        <span className="brand-mark" aria-hidden="true" />
        Goldenhub
      </Link>
      <nav aria-label="Main">
        <NavLinks openSuspects={openSuspects} allowed={allowed} />
      </nav>
      <div className="user">
        <span className="user-name" title={user.email ?? undefined}>
          {user.name || user.email}
        </span>
        <span className="role">{principal.role.toLowerCase()}</span>
        <form action={signOutAction}>
          <button type="submit" className="button small">
            Sign out
          </button>
        </form>
      </div>
    </header>
  );
}
