import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { can } from "@/src/auth/permissions";
import { AppError } from "@/src/errors";
import { loadSuspectComparison, type ComparedRecord } from "@/src/stewardship/load-suspect-comparison";
import { formatPercent, formatTime } from "@/app/components/format";
import { requirePrincipal } from "@/app/components/require-principal";
import { StatusBadge } from "@/app/components/status-badge";
import { ComparisonTable } from "./comparison-table";
import { DecisionForm } from "./decision-form";

export const metadata: Metadata = { title: "Duplicate suspect" };

async function load(id: string) {
  try {
    return await loadSuspectComparison({ id });
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

function RecordHead({ record }: { record: ComparedRecord }) {
  return (
    <>
      <Link href={`/golden/${record.id}`}>{record.displayName}</Link> <StatusBadge status={record.status} />
      <div className="small muted">
        v{record.version} · {record.sources.join(", ") || "no active source records"}
      </div>
    </>
  );
}

/** Two golden records that may be one customer, compared field by field, with the steward's decision. */
export default async function SuspectPage({ params }: { params: Promise<{ id: string }> }) {
  const principal = await requirePrincipal();
  const suspect = await load((await params).id);
  const mayDecide = can(principal, "suspects.decide");
  return (
    <>
      <div className="page-head">
        <p className="crumbs">
          <Link href="/suspects">Duplicate suspects</Link> /
        </p>
        <h1>
          Match score {formatPercent(suspect.score)} <StatusBadge status={suspect.status} />
        </h1>
        <p className="muted">Suggested {formatTime(suspect.createdAt)}</p>
      </div>
      <section className="panel" aria-labelledby="compare">
        <h2 id="compare">Side by side</h2>
        <ComparisonTable fields={suspect.fields} prior={suspect.prior} left={<RecordHead record={suspect.left} />} right={<RecordHead record={suspect.right} />} />
      </section>
      <section className="panel" aria-labelledby="decide">
        <h2 id="decide">Decision</h2>
        {suspect.status !== "OPEN" ? (
          <p>
            Decided as <StatusBadge status={suspect.status} /> by <code>{suspect.decidedBy ?? "unknown"}</code>
            {suspect.decidedAt && ` on ${formatTime(suspect.decidedAt)}`}.
          </p>
        ) : mayDecide ? (
          <DecisionForm suspectId={suspect.id} />
        ) : (
          <p className="muted">You can review this pair; a steward or an admin decides it.</p>
        )}
      </section>
    </>
  );
}
