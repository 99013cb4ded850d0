import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { can } from "@/src/auth/permissions";
import { AppError } from "@/src/errors";
import { listStewards } from "@/src/stewardship/list-stewards";
import { loadSuspectAssignment } from "@/src/stewardship/load-suspect-assignment";
import { loadSuspectComparison, type ComparedRecord } from "@/src/stewardship/load-suspect-comparison";
import { loadSuspectCluster } from "@/src/stewardship/load-suspect-cluster";
import { previewMergedValues } from "@/src/stewardship/preview-merged-values";
import { neighbourSuspect } from "@/src/stewardship/queue/neighbour-suspect";
import { CommentsPanel } from "@/app/components/comments/comments-panel";
import { formatPercent, formatTime } from "@/app/components/format";
import { requirePrincipal } from "@/app/components/require-principal";
import { StatusBadge } from "@/app/components/status-badge";
import { parseQueueParams, queueFilter, queueHref, queueSort } from "../queue-params";
import { AssignmentPanel } from "./assignment-panel";
import { ClusterTable } from "./cluster-table";
import { ComparisonTable, pickable } from "./comparison-table";
import { DecisionForm } from "./decision-form";
import { decisionFormId } from "./decision-form-id";
import { SuspectShortcuts } from "./suspect-shortcuts";

export const metadata: Metadata = { title: "Duplicate suspect" };

const notices: Record<string, string> = {
  "not-duplicate": "The previous pair was marked as not a duplicate; here is the next one in your queue.",
  deferred: "The previous pair was deferred; here is the next one in your queue.",
  assigned: "Assigned.",
  released: "Released: anyone can take this pair now.",
  resumed: "Back in the queue.",
  requested: "Merge sent for approval: an approver decides it on the Requests page.",
};
const noticeParam = z.object({ notice: z.string().optional().catch(undefined) });

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
      <Link href={`/golden/${record.id}`}>
        <bdi>{record.displayName}</bdi>
      </Link>{" "}
      <StatusBadge status={record.status} />
      <div className="small muted">
        v{record.version} · {record.sources.join(", ") || "no active source records"}
      </div>
    </>
  );
}

/** Two golden records that may be one customer, compared field by field, with who works them and the steward's decision. */
export default async function SuspectPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const principal = await requirePrincipal();
  const suspect = await load((await params).id);
  const raw = await searchParams;
  const queue = parseQueueParams(raw).params;
  const { notice } = noticeParam.parse(raw);
  const inQueue = { filter: queueFilter(queue, principal.id), sort: queueSort(queue) };
  const open = suspect.status === "OPEN";
  const mayDecide = can(principal, "suspects.decide");
  const [assignment, next, previous, stewards, defaults, cluster] = await Promise.all([
    loadSuspectAssignment({ id: suspect.id }),
    neighbourSuspect({ fromId: suspect.id, direction: "next", ...inQueue }),
    neighbourSuspect({ fromId: suspect.id, direction: "previous", ...inQueue }),
    open && can(principal, "suspects.assign") ? listStewards() : [],
    open && mayDecide ? previewMergedValues({ leftId: suspect.left.id, rightId: suspect.right.id }) : {},
    open ? loadSuspectCluster({ leftId: suspect.left.id, rightId: suspect.right.id }) : null,
  ]);
  const listHref = queueHref("/suspects", queue);
  const nextHref = next ? queueHref(`/suspects/${next}`, queue) : null;
  const previousHref = previous ? queueHref(`/suspects/${previous}`, queue) : null;
  const queueQuery = new URLSearchParams(Object.entries(queue)).toString();
  const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
  return (
    <>
      {notice && notices[notice] && (
        <p className="notice ok" role="status">
          {notices[notice]}
        </p>
      )}
      <div className="page-head">
        <p className="crumbs">
          <Link href={listHref}>Duplicate suspects</Link> /
        </p>
        <h1>
          Match score {formatPercent(suspect.score)} <StatusBadge status={suspect.status} />
        </h1>
        <p className="muted queue-keys">
          Suggested {formatTime(suspect.createdAt)} · assigned to{" "}
          {assignment.assignee ? <bdi>{assignment.assignee.id === principal.id ? "you" : assignment.assignee.name}</bdi> : "nobody"} · {previousHref ? <Link href={previousHref}>← Previous</Link> : "first in queue"} ·{" "}
          {nextHref ? <Link href={nextHref}>Next →</Link> : "last in queue"} · press <kbd>?</kbd> for shortcuts
        </p>
      </div>
      <section className="panel" aria-labelledby="compare">
        <h2 id="compare">Side by side</h2>
        <ComparisonTable
          fields={suspect.fields}
          prior={suspect.prior}
          left={<RecordHead record={suspect.left} />}
          right={<RecordHead record={suspect.right} />}
          picks={open && mayDecide ? { formId: decisionFormId, defaults } : undefined}
        />
      </section>
      {cluster && cluster.records.length > 2 && (
        <section className="panel" aria-labelledby="cluster">
          <h2 id="cluster">All {cluster.records.length} records of this cluster</h2>
          <ClusterTable cluster={cluster} pairIds={[suspect.left.id, suspect.right.id]} queue={queueQuery} />
        </section>
      )}
      <section className="panel" aria-labelledby="decide">
        <h2 id="decide">Decision</h2>
        {!open ? (
          <p>
            Decided as <StatusBadge status={suspect.status} /> by <code>{suspect.decidedBy ?? "unknown"}</code>
            {suspect.decidedAt && ` on ${formatTime(suspect.decidedAt)}`}.
          </p>
        ) : mayDecide ? (
          <DecisionForm
            suspectId={suspect.id}
            versions={{ left: suspect.left.version, right: suspect.right.version }}
            queue={queueQuery}
            skipHref={nextHref ?? listHref}
            picks={suspect.fields.filter(pickable).length}
          />
        ) : (
          <p className="muted">You can review this pair; a steward or an admin decides it.</p>
        )}
      </section>
      {open && can(principal, "suspects.assign") && (
        <section className="panel" aria-labelledby="work">
          <h2 id="work">Who works it</h2>
          <AssignmentPanel
            suspectId={suspect.id}
            queue={queueQuery}
            assignee={assignment.assignee}
            deferredUntil={assignment.deferredUntil && assignment.deferredUntil > new Date() ? formatTime(assignment.deferredUntil) : null}
            me={principal.id}
            stewards={stewards}
            tomorrow={tomorrow}
          />
        </section>
      )}
      {open && !can(principal, "suspects.assign") && (
        <p className="muted">Assigned to: {assignment.assignee ? <bdi>{assignment.assignee.name}</bdi> : "nobody"}</p>
      )}
      <section className="panel" aria-labelledby="comments">
        <h2 id="comments">Comments</h2>
        <CommentsPanel targetType="DuplicateSuspect" targetId={suspect.id} path={`/suspects/${suspect.id}`} principal={principal} />
      </section>
      <SuspectShortcuts nextHref={nextHref} previousHref={previousHref} listHref={listHref} />
    </>
  );
}
