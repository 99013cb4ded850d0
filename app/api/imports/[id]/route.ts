import { discardCsvUpload } from "@/src/sources/csv/discard-csv-upload";
import { getCsvUpload } from "@/src/sources/csv/get-csv-upload";
import { errorResponse } from "@/app/api/_lib/json-response";
import { requestPrincipal } from "../_lib/request-principal";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** An upload's preview and its import's progress: what the import page's progress bar polls. */
export async function GET(request: Request, ctx: Context): Promise<Response> {
  try {
    const principal = await requestPrincipal(request);
    const { id } = await ctx.params;
    return Response.json(await getCsvUpload({ principal, uploadId: id }), { headers: { "cache-control": "no-store" } });
  } catch (err) {
    return errorResponse(err);
  }
}

/** Throws an upload away before or after its import; the batches an import stored stay. */
export async function DELETE(request: Request, ctx: Context): Promise<Response> {
  try {
    const principal = await requestPrincipal(request);
    const { id } = await ctx.params;
    await discardCsvUpload({ principal, uploadId: id });
    return new Response(null, { status: 204 });
  } catch (err) {
    return errorResponse(err);
  }
}
