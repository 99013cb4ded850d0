import { AppError } from "@/src/errors";

/** Every API failure answers JSON: the code and message for an AppError, a plain 500 otherwise (details go to the log, not the caller). */
export function errorResponse(err: unknown): Response {
  if (err instanceof AppError) {
    const headers: Record<string, string> = err.code === "UNAUTHENTICATED" ? { "www-authenticate": 'Bearer realm="goldenhub"' } : {};
    return Response.json(err.toJSON(), { status: err.status, headers });
  }
  console.error(err);
  return Response.json({ error: { code: "INTERNAL", message: "Something went wrong on our side; the request was not applied." } }, { status: 500 });
}

/** Reads a JSON body with a size cap, naming the problem when it is too large or not JSON. */
export async function readJson(request: Request, maxBytes: number): Promise<unknown> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) throw new AppError("PAYLOAD_TOO_LARGE", `The body is larger than ${maxBytes} bytes; send smaller batches.`);
  const type = request.headers.get("content-type") ?? "";
  if (!type.includes("application/json")) throw new AppError("BAD_REQUEST", "Send the body as JSON with 'Content-Type: application/json'.");
  const text = await request.text();
  if (Buffer.byteLength(text) > maxBytes) throw new AppError("PAYLOAD_TOO_LARGE", `The body is larger than ${maxBytes} bytes; send smaller batches.`);
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new AppError("BAD_REQUEST", `The body is not valid JSON: ${(err as Error).message}`);
  }
}
