import { bearerToken, verifyApiToken } from "@/src/auth/api-tokens";
import { env } from "@/src/env";
import { AppError } from "@/src/errors";
import { acceptBatch } from "@/src/ingest/accept-batch";
import { errorResponse, readJson } from "@/app/api/_lib/json-response";

export const dynamic = "force-dynamic";

/** A source pushes a batch of customer records; they are matched asynchronously (202 + batch id). */
export async function POST(request: Request, ctx: { params: Promise<{ key: string }> }): Promise<Response> {
  try {
    const secret = bearerToken(request.headers.get("authorization"));
    if (!secret) throw new AppError("UNAUTHENTICATED", "Send an API token as 'Authorization: Bearer <token>'.");
    const principal = await verifyApiToken(secret);
    const { key } = await ctx.params;
    const body = await readJson(request, env.INGEST_MAX_BODY_BYTES);
    const result = await acceptBatch({ sourceKey: key, principal, body });
    return Response.json(
      { batchId: result.batchId, accepted: result.accepted, rejected: result.rejected, status: `/api/batches/${result.batchId}` },
      { status: 202 },
    );
  } catch (err) {
    return errorResponse(err);
  }
}
