import type { IncomingMessage, ServerResponse } from "node:http";

/** Salesforce sends JSON with this exact content type. */
const JSON_TYPE = "application/json;charset=UTF-8";

export function sendJson(res: ServerResponse, status: number, body: unknown, opts: { headers?: Record<string, string>; truncate?: boolean } = {}): void {
  const text = JSON.stringify(body);
  const sent = opts.truncate ? text.slice(0, Math.floor(text.length / 2)) : text;
  res.writeHead(status, { "content-type": JSON_TYPE, "content-length": Buffer.byteLength(sent), ...opts.headers });
  res.end(sent);
}

/** The REST API's error shape: a list of {message, errorCode}. */
export function sendRestError(res: ServerResponse, status: number, errorCode: string, message: string, headers: Record<string, string> = {}): void {
  sendJson(res, status, [{ message, errorCode }], { headers });
}

/** Reads a request body, refusing one larger than any client of the demo sends. */
export async function readBody(req: IncomingMessage, limit = 1_000_000): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new Error("request body too large");
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString("utf8");
}
