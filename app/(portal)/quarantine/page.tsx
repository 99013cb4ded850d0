import type { Metadata } from "next";
import { z } from "zod";
import { isRecordId } from "@/src/ids";
import { listRejectedRecords } from "@/src/ingest/list-rejected-records";
import { formatTime } from "@/app/components/format";
import { Pager } from "@/app/components/pager";
import { requireSession } from "@/app/components/require-session";

export const metadata: Metadata = { title: "Quarantine" };

const PAGE_SIZE = 50;
const PREVIEW_CHARS = 160;
const query = z.object({ after: z.string().refine(isRecordId).optional().catch(undefined) });

/** Records a source sent that failed validation, with the reasons, so the source owner can fix them. */
export default async function QuarantinePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireSession();
  const { after } = query.parse(await searchParams);
  const page = await listRejectedRecords({ after, take: PAGE_SIZE });
  return (
    <>
      <div className="page-head">
        <h1>Quarantine</h1>
        <p className="muted">Records that failed validation. They are kept as received; fix them at the source and send them again.</p>
      </div>
      {page.rows.length ? (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Source</th>
              <th scope="col">External id</th>
              <th scope="col">Reasons</th>
              <th scope="col">Received</th>
              <th scope="col">Payload</th>
            </tr>
          </thead>
          <tbody>
            {page.rows.map((r) => {
              const json = JSON.stringify(r.payload);
              return (
                <tr key={r.id}>
                  <td>{r.sourceName}</td>
                  <td>{r.externalId ? <code>{r.externalId}</code> : <span className="muted">none</span>}</td>
                  <td>
                    <ul className="reasons">
                      {r.reasons.map((reason, i) => (
                        <li key={i}>
                          <code>{reason.path}</code> {reason.message}
                        </li>
                      ))}
                    </ul>
                  </td>
                  <td className="nowrap">{formatTime(r.createdAt)}</td>
                  <td className="payload">
                    {json.length > PREVIEW_CHARS ? (
                      <details>
                        <summary>
                          <code>{json.slice(0, PREVIEW_CHARS)}…</code>
                        </summary>
                        <pre>{JSON.stringify(r.payload, null, 2)}</pre>
                      </details>
                    ) : (
                      <code>{json}</code>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : (
        <p className="empty">Nothing is in quarantine: every record received so far passed validation.</p>
      )}
      <Pager path="/quarantine" params={{}} after={after} nextCursor={page.nextCursor} shown={page.rows.length} total={page.total} />
    </>
  );
}
