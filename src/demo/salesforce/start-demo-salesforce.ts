import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import { CometdEndpoint } from "./cometd-endpoint";
import { DemoFaults, type DemoFault } from "./demo-faults";
import { DemoOrg } from "./demo-org";
import { DemoSessions } from "./demo-sessions";
import { sendJson, sendRestError } from "./http-replies";
import { handleTokenRequest } from "./oauth-token-route";
import { QueryRoute } from "./query-route";
import { seedOrg } from "./seed-org";
import { createTrickle, type TrickleChange } from "./trickle";

export type DemoSalesforceOptions = {
  /** a fixed port, or an ephemeral one when absent */
  port?: number;
  seed?: number;
  /** the org's own customers */
  customers?: number;
  /** customers shared with the demo ERP (planted cross-system duplicates) */
  shared?: number;
  /** a change every this many ms; off when absent (tests make their own changes) */
  trickleMs?: number;
  onTrickle?: (change: TrickleChange) => void;
  /** how long a CometD connect is held open when there is nothing to send (Salesforce: 110 s) */
  longPollMs?: number;
  /** how many change events the org retains for replay */
  retainEvents?: number;
};

export type DemoSalesforce = {
  url: string;
  org: DemoOrg;
  sessions: DemoSessions;
  /** REST faults for the next calls, in order */
  injectFault(fault: DemoFault, times?: number): void;
  clearFaults(): void;
  /** every access token stops working: the next call is a 401 INVALID_SESSION_ID */
  expireSessions(): void;
  /** the CometD server forgets its clients, who must handshake again and replay */
  dropStreamingClients(): void;
  /** open query cursors expire: a nextRecordsUrl now answers INVALID_QUERY_LOCATOR */
  expireQueryLocators(): void;
  close(): Promise<void>;
};

const API_LIMIT = 15_000;

/**
 * A Salesforce org on a loopback port for the demo and the integration
 * tests: OAuth token endpoint, REST query API with paging, and CometD Change
 * Data Capture with replay, seeded with customers and able to fail on demand.
 */
export async function startDemoSalesforce(opts: DemoSalesforceOptions = {}): Promise<DemoSalesforce> {
  const seed = opts.seed ?? 42;
  const org = new DemoOrg(undefined, opts.retainEvents);
  seedOrg(org, { customers: opts.customers ?? 3000, shared: opts.shared ?? 200, seed });
  const sessions = new DemoSessions();
  const faults = new DemoFaults();
  const queries = new QueryRoute(org);
  const cometd = new CometdEndpoint(org, sessions, opts.longPollMs ?? 25_000);
  let apiCalls = 0;
  let url = "";

  const rest = async (req: IncomingMessage, res: ServerResponse, path: string, search: URLSearchParams) => {
    const route = /^\/services\/data\/(v\d+\.0)\/(query|queryAll)(?:\/([\w-]+))?$/.exec(path);
    if (!route || req.method !== "GET") return sendRestError(res, 404, "NOT_FOUND", "The requested resource does not exist");
    if (!sessions.accepts(req.headers.authorization)) return sendRestError(res, 401, "INVALID_SESSION_ID", "Session expired or invalid");
    apiCalls += 1;
    const limitInfo = { "sforce-limit-info": `api-usage=${apiCalls}/${API_LIMIT}` };
    const fault = faults.take();
    if (fault?.kind === "request-limit") return sendRestError(res, 403, "REQUEST_LIMIT_EXCEEDED", "TotalRequests Limit exceeded.", { "sforce-limit-info": `api-usage=${API_LIMIT}/${API_LIMIT}` });
    if (fault?.kind === "rate-limit") return sendRestError(res, 429, "REQUEST_LIMIT_EXCEEDED", "Too many requests; slow down.", { "retry-after": String(fault.retryAfterSeconds) });
    if (fault?.kind === "server-error") return sendRestError(res, 500, "UNKNOWN_EXCEPTION", "An unexpected error occurred. Please include this ErrorId if you contact support: 1234567-89 (-1)");
    if (fault?.kind === "slow") await sleep(fault.delayMs);
    const [, version, kind, locator] = route;
    if (fault?.kind === "truncated-json") return sendJson(res, 200, { totalSize: 1, done: true, records: [{ Id: "001Dm0000000000AAA" }] }, { truncate: true, headers: limitInfo });
    for (const [name, value] of Object.entries(limitInfo)) res.setHeader(name, value);
    if (locator) return queries.page(res, version, locator);
    queries.run(res, version, search.get("q") ?? "", kind === "queryAll", req.headers["sforce-query-options"] as string | undefined);
  };

  const server = createServer((req, res) => {
    const { pathname, searchParams } = new URL(req.url ?? "/", "http://localhost");
    const handled =
      pathname === "/services/oauth2/token"
        ? handleTokenRequest(req, res, sessions, url)
        : /^\/cometd\/\d+\.0\/?$/.test(pathname) && req.method === "POST"
          ? cometd.handle(req, res)
          : rest(req, res, pathname, searchParams);
    Promise.resolve(handled).catch(() => {
      if (!res.headersSent) sendRestError(res, 500, "UNKNOWN_EXCEPTION", "An unexpected error occurred.");
      else res.destroy();
    });
  });
  await new Promise<void>((resolve) => server.listen(opts.port ?? 0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const step = createTrickle(org, seed + 1);
  const tick = () => {
    const change = step();
    opts.onTrickle?.(change);
  };
  const trickle = opts.trickleMs ? setInterval(tick, opts.trickleMs) : undefined;
  trickle?.unref();

  return {
    url,
    org,
    sessions,
    injectFault: (fault, times) => faults.inject(fault, times),
    clearFaults: () => faults.clear(),
    expireSessions: () => sessions.expireAll(),
    dropStreamingClients: () => cometd.dropClients(),
    expireQueryLocators: () => queries.expireLocators(),
    async close() {
      clearInterval(trickle);
      cometd.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
