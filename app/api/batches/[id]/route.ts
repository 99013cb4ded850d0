import { bearerToken, verifyApiToken } from "@/src/auth/api-tokens";
import { AppError } from "@/src/errors";
import { isRecordId } from "@/src/ids";
import { getBatchStatus } from "@/src/ingest/get-batch-status";
import { errorResponse } from "@/app/api/_lib/json-response";

export const dynamic = "force-dynamic";

/** Where a source polls the progress of a batch it pushed. */
export async function GET(request: Request, ctx: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    const secret = bearerToken(request.headers.get("authorization"));
    if (!secret) throw new AppError("UNAUTHENTICATED", "Send an API token as 'Authorization: Bearer <token>'.");
    const principal = await verifyApiToken(secret);
    const { id } = await ctx.params;
    if (!isRecordId(id)) throw new AppError("NOT_FOUND", "No ingest batch has that id.");
    return Response.json(await getBatchStatus({ batchId: id, principal }));
  } catch (err) {
    return errorResponse(err);
  }
}
