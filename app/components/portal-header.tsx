import Link from "next/link";
import { NavLinks } from "./nav-links";
import { signOutAction } from "./sign-out-action";

type Props = { user: { name?: string | null; email?: string | null; role: string }; openSuspects: number };

/** The portal's header: sections, who is signed in with which role, and the way out. */
export function PortalHeader({ user, openSuspects }: Props) {
  return (
    <header className="site-header">
      <Link href="/" className="brand">
        <span className="brand-mark" aria-hidden="true" />
        Goldenhub
      </Link>
      <nav aria-label="Main">
        <NavLinks openSuspects={openSuspects} isAdmin={user.role === "ADMIN"} />
      </nav>
      <div className="user">
        <span className="user-name" title={user.email ?? undefined}>
          {user.name || user.email}
        </span>
        <span className="role">{user.role.toLowerCase()}</span>
        <form action={signOutAction}>
          <button type="submit" className="button small">
            Sign out
          </button>
        </form>
      </div>
    </header>
  );
}
