import type { Metadata } from "next";
import Link from "next/link";
import { auditCursorParam } from "@/src/audit/audit-cursor";
import { type AuditFilter, parseAuditFilter } from "@/src/audit/audit-filter";
import { auditFacets, listAuditEvents } from "@/src/audit/list-audit-events";
import { can, refusal } from "@/src/auth/permissions";
import { requirePrincipal } from "@/app/components/require-principal";
import { AuditFilters } from "./audit-filters";
import { AuditTable } from "./audit-table";

export const metadata: Metadata = { title: "Audit" };

const PAGE_SIZE = 50;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function href(path: string, filter: AuditFilter, after?: string): string {
  const query = new URLSearchParams(Object.entries({ ...filter, after }).filter((e): e is [string, string] => Boolean(e[1])));
  const qs = query.toString();
  return qs ? `${path}?${qs}` : path;
}

/** Every steward and admin action, newest first, filterable and exportable: who did what, when, and what changed. */
export default async function AuditPage({ searchParams }: Props) {
  const principal = await requirePrincipal();
  if (!can(principal, "audit.read")) {
    return (
      <div className="page-head">
        <h1>Audit</h1>
        <p className="notice warn" role="alert">
          {refusal("audit.read")} Ask an administrator if you need to see who changed what.
        </p>
      </div>
    );
  }
  const params = await searchParams;
  const { filter, issues } = parseAuditFilter(params);
  const cursor = auditCursorParam.safeParse(typeof params.after === "string" ? params.after : undefined);
  const after = cursor.success ? cursor.data : undefined;
  const [page, facets] = await Promise.all([listAuditEvents({ principal, filter, after, take: PAGE_SIZE }), auditFacets({ principal })]);
  return (
    <>
      <div className="page-head">
        <h1>Audit</h1>
        <p className="muted">Every steward and admin action, newest first. Entries are only ever added, never changed or removed.</p>
      </div>
      <AuditFilters filter={filter} actions={facets.actions} targetTypes={facets.targetTypes} exportHref={href("/api/audit/export", filter)} />
      {issues.length > 0 && (
        <ul className="field-errors" role="alert">
          {issues.map((i) => (
            <li key={i.path}>{i.message} This filter was left out.</li>
          ))}
        </ul>
      )}
      {page.rows.length ? <AuditTable rows={page.rows} /> : <p className="empty">{after ? "No older entries." : "No audit entries match this filter."}</p>}
      <nav className="pager" aria-label="Pages">
        <span className="muted">{page.rows.length} shown</span>
        {after && <Link href={href("/audit", filter)}>« Newest</Link>}
        {page.nextCursor && (
          <Link href={href("/audit", filter, page.nextCursor)} rel="next">
            Older »
          </Link>
        )}
      </nav>
    </>
  );
}
