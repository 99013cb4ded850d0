import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { can } from "@/src/auth/permissions";
import { listApprovalRules } from "@/src/stewardship/change-requests/approval-rules";
import { listChangeRequests, type ChangeRequestRow } from "@/src/stewardship/change-requests/list-change-requests";
import { CommentsPanel } from "@/app/components/comments/comments-panel";
import { formatTime } from "@/app/components/format";
import { requirePrincipal } from "@/app/components/require-principal";
import { ApprovalRulesForm } from "./approval-rules-form";
import { RequestDecisionForm } from "./decision-form";

export const metadata: Metadata = { title: "Change requests" };

const statuses = { PENDING: "Waiting", APPROVED: "Approved", REJECTED: "Rejected" } as const;
const query = z.object({ status: z.enum(["PENDING", "APPROVED", "REJECTED"]).catch("PENDING").default("PENDING") });

/** Where a request's target is seen; a merge to undo lives on its survivor's page, found through the request's summary. */
function targetHref(r: ChangeRequestRow): string | null {
  if (r.targetType === "GoldenRecord") return `/golden/${r.targetId}`;
  if (r.targetType === "DuplicateSuspect") return `/suspects/${r.targetId}`;
  return null;
}

/** Four-eyes: steward actions waiting for an approver, and what was decided, with the admin's settings of which actions wait. */
export default async function RequestsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const principal = await requirePrincipal();
  if (!can(principal, "suspects.decide")) {
    return (
      <div className="page-head">
        <h1>Change requests</h1>
        <p className="notice warn" role="alert">
          Only stewards, approvers and admins work with change requests.
        </p>
      </div>
    );
  }
  const { status } = query.parse(await searchParams);
  const [requests, rules] = await Promise.all([listChangeRequests({ status }), can(principal, "rules.manage") ? listApprovalRules() : null]);
  return (
    <>
      <div className="page-head">
        <h1>Change requests</h1>
        <p className="muted">Steward actions an administrator put under four-eyes approval wait here until someone else approves them.</p>
      </div>
      <nav className="tabs" aria-label="Request status">
        {(Object.keys(statuses) as (keyof typeof statuses)[]).map((s) => (
          <Link key={s} href={`/requests?status=${s}`} aria-current={s === status ? "page" : undefined}>
            {statuses[s]}
          </Link>
        ))}
      </nav>
      {requests.length === 0 && <p className="empty">No {statuses[status].toLowerCase()} requests.</p>}
      <ul className="plain request-list">
        {requests.map((r) => {
          const href = targetHref(r);
          return (
            <li key={r.id} className="panel">
              <p className="request-summary">
                <bdi>{r.summary}</bdi>
              </p>
              <p className="small muted">
                {r.requestedBy} asked {formatTime(r.createdAt)}
                {href && (
                  <>
                    {" · "}
                    <Link href={href}>open the {r.targetType === "GoldenRecord" ? "record" : "suspect"}</Link>
                  </>
                )}
                {r.decidedBy && (
                  <>
                    {" · "}
                    {statuses[r.status].toLowerCase()} by {r.decidedBy} {r.decidedAt && formatTime(r.decidedAt)}
                    {r.decisionReason && (
                      <>
                        : <bdi>{r.decisionReason}</bdi>
                      </>
                    )}
                  </>
                )}
              </p>
              {r.status === "PENDING" && can(principal, "requests.approve", { requestedById: r.requestedById }) && <RequestDecisionForm requestId={r.id} />}
              {r.status === "PENDING" && r.requestedById === principal.id && <p className="small muted">Your request: someone else has to approve it.</p>}
              <details>
                <summary className="small">Comments</summary>
                <CommentsPanel targetType="ChangeRequest" targetId={r.id} path="/requests" principal={principal} />
              </details>
            </li>
          );
        })}
      </ul>
      {rules && (
        <section className="panel" aria-labelledby="four-eyes">
          <h2 id="four-eyes">Four-eyes settings</h2>
          <ApprovalRulesForm rules={rules} />
        </section>
      )}
    </>
  );
}
