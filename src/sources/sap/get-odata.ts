import { odataErrorMessage } from "./odata-error-body";
import { retryAfterMs } from "@/src/sources/retry-after";
import { serviceRoot, type SapConnection } from "./sap-connection";
import { SapError } from "./sap-error";

function failure(response: Response, body: string, where: string): SapError {
  const status = response.status;
  const said = odataErrorMessage(body);
  const detail = said ? `: ${said}` : "";
  const extra = { httpStatus: status, retryAfterMs: retryAfterMs(response.headers.get("retry-after")) };
  if (status === 401) return new SapError("credentials", `SAP at ${where} rejected the credentials (HTTP 401)${detail}; check this source's user name and password.`, extra);
  if (status === 403) return new SapError("forbidden", `SAP at ${where} refused access (HTTP 403)${detail}; the user needs a role that may read API_BUSINESS_PARTNER.`, extra);
  if (status === 429) return new SapError("rate-limited", `SAP at ${where} asks us to slow down (HTTP 429)${detail}.`, extra);
  if (status >= 500) return new SapError("server", `SAP at ${where} failed (HTTP ${status})${detail}.`, extra);
  if (status >= 300 && status < 400) {
    return new SapError("rejected", `SAP at ${where} redirected (HTTP ${status}), usually to a single-sign-on page; the service must accept basic auth.`, extra);
  }
  return new SapError("rejected", `SAP at ${where} refused the request (HTTP ${status})${detail}.`, extra);
}

function transportFailure(err: unknown, where: string, timeoutMs: number, timedOut: boolean): SapError {
  if (timedOut) return new SapError("timeout", `SAP at ${where} did not answer within ${timeoutMs} ms.`);
  const cause = err instanceof Error && err.cause instanceof Error ? err.cause : err;
  const reason = cause instanceof Error ? ((cause as NodeJS.ErrnoException).code ?? cause.message) : String(cause);
  return new SapError("network", `The connection to SAP at ${where} failed (${reason}).`);
}

/** Adds an option the URL lacks without re-encoding the rest: URLSearchParams would turn SAP's %20 into "+". */
function withOption(url: URL, key: string, value: string | undefined): URL {
  if (value === undefined || url.searchParams.has(key)) return url;
  const target = new URL(url);
  target.search = `${url.search ? `${url.search}&` : "?"}${key}=${encodeURIComponent(value)}`;
  return target;
}

/**
 * The connector's whole HTTP client: a typed fetch with zod at the edge
 * rather than the SAP Cloud SDK, which needs every @sap-cloud-sdk package
 * pinned to 4.5.1 and a generator run over an EDMX we may not redistribute.
 *
 * GETs one OData resource under the connection's service and returns its
 * JSON. Callers build every URL from the connection and never follow a link
 * SAP sends (`__next` often names a host behind a proxy, and is an offset
 * anyway); basic auth goes only to the service root's origin and path, so a
 * URL built wrongly cannot hand the password elsewhere. The timeout covers
 * the body too: a reply that stalls halfway is a timeout, not a hang.
 */
export async function getOData(connection: SapConnection, url: URL, signal?: AbortSignal): Promise<unknown> {
  const root = serviceRoot(connection);
  if (url.origin !== root.origin || !url.pathname.startsWith(root.pathname)) {
    throw new SapError("rejected", `${url.origin}${url.pathname} lies outside the SAP service at ${root.origin}${root.pathname}; the credentials are not sent there.`);
  }
  const target = withOption(withOption(url, "$format", "json"), "sap-client", connection.client);
  const where = `${target.host}${target.pathname}`;
  const timeout = AbortSignal.timeout(connection.timeoutMs);
  const authorization = `Basic ${Buffer.from(`${connection.username}:${connection.password}`).toString("base64")}`;
  let response: Response;
  let body: string;
  try {
    response = await fetch(target, {
      headers: { authorization, accept: "application/json" },
      signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
      redirect: "manual",
    });
    body = await response.text();
  } catch (err) {
    if (signal?.aborted) throw signal.reason;
    throw transportFailure(err, where, connection.timeoutMs, timeout.aborted);
  }
  if (response.status !== 200) throw failure(response, body, where);
  try {
    return JSON.parse(body);
  } catch {
    throw new SapError("invalid-response", `SAP at ${where} sent ${body.length} characters that are not complete JSON (cut off, or not JSON at all).`, { httpStatus: 200 });
  }
}
