import type { Metadata } from "next";
import Link from "next/link";
import { can, refusal } from "@/src/auth/permissions";
import { listSourceHealth } from "@/src/sources/list-source-health";
import { requirePrincipal } from "@/app/components/require-principal";
import { RegisterSourceForm } from "./register-source-form";
import { SourcesHealthTable } from "./sources-health-table";

export const metadata: Metadata = { title: "Sources" };

const DAYS = 14;

/**
 * The systems customer records come from and whether the hub keeps up with
 * each. Everyone may look (a steward wondering why a change has not arrived
 * finds the answer here); only admins register, sync and pause.
 */
export default async function SourcesPage() {
  const principal = await requirePrincipal();
  const canManage = can(principal, "sources.manage");
  const sources = await listSourceHealth({ principal, days: DAYS });
  return (
    <>
      <div className="page-head">
        <h1>Sources</h1>
        <p className="muted">
          Connector sources are synced on a schedule and on change events; the others push their records. Lag is the time since the last successful sync. Days are UTC.
        </p>
        {canManage && (
          <p>
            <Link href="/sources/import" className="button">
              Import a CSV file
            </Link>
          </p>
        )}
      </div>
      {!canManage && (
        <p className="notice warn">
          {refusal("sources.manage")} You see their health; ask an administrator to sync or pause one.
        </p>
      )}
      <section className="panel" aria-labelledby="sources">
        <h2 id="sources">
          {sources.length} {sources.length === 1 ? "source" : "sources"}
        </h2>
        {sources.length ? <SourcesHealthTable sources={sources} canManage={canManage} days={DAYS} /> : <p className="empty">No sources yet.</p>}
      </section>
      {canManage && (
        <section className="panel" aria-labelledby="register">
          <h2 id="register">Register a source</h2>
          <p className="muted small">The hub reads the system&apos;s customers once in full, then keeps up with its changes. Records go through the same matching as every other source&apos;s.</p>
          <RegisterSourceForm />
        </section>
      )}
    </>
  );
}
