import type { Metadata } from "next";
import { z } from "zod";
import { can } from "@/src/auth/permissions";
import { isRecordId } from "@/src/ids";
import { countRejectedPerSource } from "@/src/ingest/count-rejected-per-source";
import { listRejectedRecords } from "@/src/ingest/list-rejected-records";
import { Pager } from "@/app/components/pager";
import { requirePrincipal } from "@/app/components/require-principal";
import { QuarantineTable } from "./quarantine-table";
import { RetrySourceForm } from "./retry-source-form";

export const metadata: Metadata = { title: "Quarantine" };

const PAGE_SIZE = 50;
const count = z.coerce.number().int().min(0).max(1_000_000);
// A hand-edited URL falls back to no notice instead of failing the page; only counts reach the text.
const query = z.object({
  after: z.string().refine(isRecordId).optional().catch(undefined),
  retried: count.optional().catch(undefined),
  left: count.optional().catch(undefined),
  dismissed: z.literal("1").optional().catch(undefined),
});

function noticeOf({ retried, left, dismissed }: z.infer<typeof query>): string | null {
  if (dismissed) return "Dismissed. The audit log keeps the record's payload and your reason.";
  if (retried === undefined) return null;
  const still = left ? ` ${left} still fail for the reasons shown.` : "";
  if (retried === 0) return `No record passed this time.${still}`;
  const sent = retried === 1 ? "1 record passed, left quarantine and is" : `${retried} records passed, left quarantine and are`;
  return `${sent} being matched now.${still}`;
}

/** Records a source sent that failed validation, with the reasons; stewards retry them after a fix, or dismiss them with a reason. */
export default async function QuarantinePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const principal = await requirePrincipal();
  const params = query.parse(await searchParams);
  const mayAct = can(principal, "records.edit");
  const [page, bySource] = await Promise.all([listRejectedRecords({ after: params.after, take: PAGE_SIZE }), mayAct ? countRejectedPerSource() : []]);
  const notice = noticeOf(params);
  return (
    <>
      {notice && (
        <p className="notice ok" role="status">
          {notice}
        </p>
      )}
      <div className="page-head">
        <h1>Quarantine</h1>
        <p className="muted">
          Records that failed validation, kept as received. Fix them at the source and send them again{mayAct ? ", or retry them here after a fix on the hub's side" : ""}.
        </p>
      </div>
      {bySource.length > 0 && (
        <section className="retry-sources" aria-label="Retry by source">
          {bySource.map((s) => (
            <RetrySourceForm key={s.sourceId} sourceId={s.sourceId} name={s.name} count={s.count} />
          ))}
        </section>
      )}
      {page.rows.length ? (
        <QuarantineTable rows={page.rows} mayAct={mayAct} />
      ) : (
        <p className="empty">Nothing is in quarantine: every record received so far passed validation.</p>
      )}
      <Pager path="/quarantine" params={{}} after={params.after} nextCursor={page.nextCursor} shown={page.rows.length} total={page.total} />
    </>
  );
}
