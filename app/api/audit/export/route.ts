import { parseAuditFilter } from "@/src/audit/audit-filter";
import { exportAuditCsv } from "@/src/audit/export-audit-csv";
import { AppError } from "@/src/errors";
import { errorResponse } from "@/app/api/_lib/json-response";
import { principalOfRequest } from "@/src/auth/principal-of-request";

export const dynamic = "force-dynamic";

/** Pulls one chunk per read, so a slow client holds the cursor back and a cancelled download closes it. */
function streamOf(chunks: AsyncGenerator<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    async pull(controller) {
      const { value, done } = await chunks.next();
      if (done) controller.close();
      else controller.enqueue(encoder.encode(value));
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
}

/** The audit log as CSV under the same filter as the Audit page, for approvers and admins only. */
export async function GET(request: Request): Promise<Response> {
  try {
    const principal = await principalOfRequest(request);
    if (!principal) throw new AppError("UNAUTHENTICATED", "Sign in, or send an API token as 'Authorization: Bearer <token>'.");
    const { filter, issues } = parseAuditFilter(Object.fromEntries(new URL(request.url).searchParams));
    const chunks = exportAuditCsv({ principal, filter });
    if (issues.length) throw new AppError("VALIDATION_FAILED", issues.map((i) => i.message).join(" "), issues);
    const day = new Date().toISOString().slice(0, 10);
    return new Response(streamOf(chunks), {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="goldenhub-audit-${day}.csv"`,
        "cache-control": "no-store",
      },
    });
  } catch (err) {
    return errorResponse(err);
  }
}
