"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

/** Which sections this user may open: it only decides which links show; the pages and their actions ask the policy again themselves. */
export type NavAllowed = { matching: boolean; rules: boolean; requests: boolean; audit: boolean; users: boolean; sources: boolean; subscribers: boolean };

type Props = { openSuspects: number; allowed: NavAllowed };

const links: { href: string; label: string; needs?: keyof NavAllowed }[] = [
  { href: "/", label: "Dashboard" },
  { href: "/golden", label: "Golden records" },
  { href: "/suspects", label: "Suspects" },
  { href: "/requests", label: "Requests", needs: "requests" },
  { href: "/quarantine", label: "Quarantine" },
  { href: "/sources", label: "Sources", needs: "sources" },
  { href: "/subscribers", label: "Subscribers", needs: "subscribers" },
  { href: "/matching", label: "Matching", needs: "matching" },
  { href: "/survivorship", label: "Rules", needs: "rules" },
  { href: "/audit", label: "Audit", needs: "audit" },
  { href: "/admin/users", label: "Users", needs: "users" },
  { href: "/admin/tokens", label: "API tokens", needs: "users" },
  { href: "/admin/exports", label: "Exports", needs: "users" },
  { href: "/admin/queues", label: "Queues", needs: "users" },
];

function isCurrent(pathname: string, href: string): boolean {
  return href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
}

/** The portal's sections, marking the one being viewed for sighted and screen-reader users alike. */
export function NavLinks({ openSuspects, allowed }: Props) {
  const pathname = usePathname();
  return (
    <ul className="nav-links">
      {links
        .filter((l) => !l.needs || allowed[l.needs])
        .map((l) => (
          <li key={l.href}>
            <Link href={l.href} aria-current={isCurrent(pathname, l.href) ? "page" : undefined}>
              {l.label}
              {l.href === "/suspects" && (
                <span className="count" aria-label={`${openSuspects} open`}>
                  {openSuspects}
                </span>
              )}
            </Link>
          </li>
        ))}
      <li>
        <a href="/api/graphql">GraphiQL</a>
      </li>
    </ul>
  );
}
