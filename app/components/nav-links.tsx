"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

/** `mayManageMatching` only decides which links show; the pages and their actions ask the policy again themselves. */
type Props = { openSuspects: number; mayManageMatching: boolean };

const links = [
  { href: "/", label: "Dashboard" },
  { href: "/golden", label: "Golden records" },
  { href: "/suspects", label: "Suspects" },
  { href: "/quarantine", label: "Quarantine" },
];

function isCurrent(pathname: string, href: string): boolean {
  return href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
}

/** The portal's sections, marking the one being viewed for sighted and screen-reader users alike. */
export function NavLinks({ openSuspects, mayManageMatching }: Props) {
  const pathname = usePathname();
  return (
    <ul className="nav-links">
      {links.map((l) => (
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
      {mayManageMatching && (
        <li>
          <Link href="/matching" aria-current={isCurrent(pathname, "/matching") ? "page" : undefined}>
            Matching
          </Link>
        </li>
      )}
      <li>
        <a href="/api/graphql">GraphiQL</a>
      </li>
    </ul>
  );
}
