import { finishCsvUpload } from "@/src/sources/csv/finish-csv-upload";
import { getCsvUpload } from "@/src/sources/csv/get-csv-upload";
import { errorResponse } from "@/app/api/_lib/json-response";
import { requestPrincipal } from "../../_lib/request-principal";

export const dynamic = "force-dynamic";

/**
 * Ends an upload whose every byte has arrived: checks the whole file and
 * answers its preview, or a 4xx naming what is wrong, after which the
 * upload is gone and the file must be sent again.
 */
export async function POST(request: Request, ctx: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    const principal = await requestPrincipal(request);
    const { id } = await ctx.params;
    await finishCsvUpload({ principal, uploadId: id });
    return Response.json(await getCsvUpload({ principal, uploadId: id }));
  } catch (err) {
    return errorResponse(err);
  }
}
