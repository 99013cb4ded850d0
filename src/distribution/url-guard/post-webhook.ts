import { Agent, buildConnector, request } from "undici";
import { portOf } from "./check-webhook-url";
import { ipLiteral } from "./private-address";
import { resolveWebhookTarget, WebhookRefusedError } from "./resolve-target";

export { WebhookRefusedError };

export type WebhookResponse = { status: number; retryAfter: string | null; excerpt: string; latencyMs: number };

/** Subscribers' answers are read up to this many bytes: a receiver's error page is not ours to keep. */
const MAX_BODY_BYTES = 64 * 1024;
const EXCERPT_CHARS = 1_000;
const CONNECT_TIMEOUT_MS = 5_000;

/**
 * Connects to the address `resolveWebhookTarget` approved, so the check and
 * the connection see the same address (no DNS rebinding in between) and IP
 * literals, which never reach a `lookup` hook, are checked as well.
 */
function guardedConnector(): buildConnector.connector {
  const connect = buildConnector({ timeout: CONNECT_TIMEOUT_MS });
  return (opts, callback) => {
    const url = new URL(`${opts.protocol}//${opts.host}`);
    resolveWebhookTarget(opts.hostname, portOf(url)).then(
      (ip) => connect({ ...opts, hostname: ip, servername: opts.servername ?? (ipLiteral(opts.hostname) ? undefined : opts.hostname) }, callback),
      (err: Error) => callback(err, null),
    );
  };
}

const cache = globalThis as unknown as { goldenhubWebhookAgent?: Agent };

/** One keep-alive pool per process, so fan-out to many subscribers reuses connections. */
function agent(): Agent {
  cache.goldenhubWebhookAgent ??= new Agent({ connect: guardedConnector(), connections: 32, keepAliveTimeout: 10_000 });
  return cache.goldenhubWebhookAgent;
}

async function readExcerpt(body: AsyncIterable<Buffer> & { destroy(): void }): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    chunks.push(chunk);
    size += chunk.length;
    if (size >= MAX_BODY_BYTES) {
      body.destroy();
      break;
    }
  }
  return Buffer.concat(chunks).toString("utf8").slice(0, EXCERPT_CHARS);
}

/**
 * POSTs a signed webhook body through the URL guard: private addresses are
 * refused unless allowlisted, redirects are not followed (a 3xx is an
 * answer, not an instruction), and connecting, waiting and reading are each
 * bounded. Network failures throw an Error saying what happened.
 */
export async function postWebhook(opts: { url: string; headers: Record<string, string>; body: string; timeoutMs: number }): Promise<WebhookResponse> {
  const started = performance.now();
  try {
    const res = await request(opts.url, {
      method: "POST",
      headers: opts.headers,
      body: opts.body,
      dispatcher: agent(),
      headersTimeout: opts.timeoutMs,
      bodyTimeout: opts.timeoutMs,
      signal: AbortSignal.timeout(opts.timeoutMs),
    });
    const excerpt = await readExcerpt(res.body);
    const retryAfter = res.headers["retry-after"];
    return {
      status: res.statusCode,
      retryAfter: Array.isArray(retryAfter) ? (retryAfter[0] ?? null) : (retryAfter ?? null),
      excerpt,
      latencyMs: Math.round(performance.now() - started),
    };
  } catch (err) {
    throw readable(err as Error, opts.timeoutMs);
  }
}

/** undici wraps what went wrong; the refusal and the cause are what an admin needs to read. */
function readable(err: Error & { code?: string; cause?: unknown }, timeoutMs: number): Error {
  if (err instanceof WebhookRefusedError) return err;
  if (err.cause instanceof WebhookRefusedError) return err.cause;
  if (err.name === "TimeoutError" || err.code === "UND_ERR_HEADERS_TIMEOUT" || err.code === "UND_ERR_BODY_TIMEOUT")
    return new Error(`no answer within ${timeoutMs} ms`);
  if (err.code === "UND_ERR_CONNECT_TIMEOUT") return new Error(`could not connect within ${CONNECT_TIMEOUT_MS} ms`);
  const code = err.code ?? (err.cause as { code?: string } | undefined)?.code;
  return new Error(code ? `${err.message} (${code})` : err.message);
}
