import { principalOfRequest } from "@/src/auth/principal-of-request";
import { AppError } from "@/src/errors";
import { exportDownload } from "@/src/exports/export-download";
import { errorResponse } from "@/app/api/_lib/json-response";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ what: string }> };

/** One export (golden, xrefs, suspects or events; `?format=csv|ndjson`) as a streamed download, for administrators only. */
export async function GET(request: Request, ctx: Context): Promise<Response> {
  try {
    const principal = await principalOfRequest(request);
    if (!principal) throw new AppError("UNAUTHENTICATED", "Sign in, or send an API token as 'Authorization: Bearer <token>'.");
    const { what } = await ctx.params;
    const format = new URL(request.url).searchParams.get("format") ?? undefined;
    const download = exportDownload({ principal, what, format });
    return new Response(download.body, {
      headers: {
        "content-type": download.contentType,
        "content-disposition": `attachment; filename="${download.filename}"`,
        "cache-control": "no-store",
      },
    });
  } catch (err) {
    return errorResponse(err);
  }
}
