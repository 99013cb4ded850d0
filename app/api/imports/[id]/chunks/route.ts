import { AppError } from "@/src/errors";
import { appendCsvUploadChunk } from "@/src/sources/csv/append-csv-upload-chunk";
import { MAX_CHUNK_BYTES, megabytes } from "@/src/sources/csv/upload-limits";
import { errorResponse } from "@/app/api/_lib/json-response";
import { requestPrincipal } from "../../_lib/request-principal";

export const dynamic = "force-dynamic";

/** The piece's bytes, refused before reading when too large and after reading when fewer arrived than announced. */
async function readPiece(request: Request): Promise<Uint8Array> {
  const type = request.headers.get("content-type") ?? "";
  if (!type.startsWith("application/octet-stream")) {
    throw new AppError("BAD_REQUEST", "Send a piece of the file as the raw body with 'Content-Type: application/octet-stream'.");
  }
  const declared = Number(request.headers.get("content-length"));
  if (!Number.isInteger(declared) || declared <= 0) throw new AppError("BAD_REQUEST", "Send the piece's length as 'Content-Length'.");
  if (declared > MAX_CHUNK_BYTES) throw new AppError("PAYLOAD_TOO_LARGE", `A piece of an upload may be at most ${megabytes(MAX_CHUNK_BYTES)}; send the file in smaller pieces.`);
  const body = new Uint8Array(await request.arrayBuffer());
  if (body.byteLength !== declared) {
    throw new AppError("BAD_REQUEST", `The piece was cut short: ${body.byteLength} of ${declared} bytes arrived. Send it again.`);
  }
  return body;
}

/** Appends one piece of an upload at `?offset=`, the number of bytes received before it. */
export async function POST(request: Request, ctx: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    const principal = await requestPrincipal(request);
    const { id } = await ctx.params;
    const chunk = await readPiece(request);
    const offset = new URL(request.url).searchParams.get("offset");
    return Response.json(await appendCsvUploadChunk({ principal, uploadId: id, offset: offset ?? undefined, chunk }));
  } catch (err) {
    return errorResponse(err);
  }
}
