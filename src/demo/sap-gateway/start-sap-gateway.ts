import { timingSafeEqual } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import { BUSINESS_PARTNER_SERVICE_PATH } from "@/src/sources/sap/sap-connection";
import { GatewayFaults } from "./gateway-faults";
import { metadataEdmx, partnerEntitySets } from "./metadata-edmx";
import { ODataRequestError } from "./odata-request-error";
import { sendJson, sendODataError, sendUnauthorized } from "./odata-responses";
import { partnerCollection } from "./partner-collection";
import { PartnerStore } from "./partner-store";
import { parseQueryOptions } from "./query-options";
import { seedPartners } from "./seed-partners";
import { createTrickle, type TrickleChange } from "./trickle";

export type SapGatewayOptions = {
  /** 0 (the default) picks a free port */
  port?: number;
  username?: string;
  password?: string;
  /** how many partners to seed; the demo default is a few thousand */
  partners?: number;
  /** how many of them are customers the demo Salesforce holds too */
  sharedCustomers?: number;
  seed?: number;
  /** rows per response before SAP-style `__next` paging */
  pageSize?: number;
  clock?: () => Date;
  /** the IANA zone of the server's clock, in which it writes creation and change times; UTC unless set */
  timeZone?: string;
  /** the origin its `__next` links name instead of the one asked, as a gateway behind a proxy writes its internal host */
  internalOrigin?: string;
  /** when set, a change every this many milliseconds; off unless asked for */
  trickleMs?: number;
};

export type SapGateway = {
  /** the base URL a connection takes, e.g. http://127.0.0.1:41234 */
  url: string;
  serviceUrl: string;
  username: string;
  password: string;
  timeZone: string;
  store: PartnerStore;
  faults: GatewayFaults;
  /** every request's path and query as received, so a test can count pages */
  requests: string[];
  tick: () => TrickleChange;
  close: () => Promise<void>;
};

/** The demo gateway's logon; public on purpose, it only guards a loopback demo. */
export const DEMO_SAP_USER = "GOLDENHUB_DEMO";
export const DEMO_SAP_PASSWORD = "demo-sap-password";

function authorized(req: IncomingMessage, expected: string): boolean {
  const given = Buffer.from(req.headers.authorization ?? "");
  const wanted = Buffer.from(expected);
  return given.length === wanted.length && timingSafeEqual(given, wanted);
}

/**
 * Starts a stand-in for an S/4HANA system's API_BUSINESS_PARTNER on loopback:
 * basic auth, `$metadata`, `A_BusinessPartner` with the query options the
 * hub's connector sends, server-driven paging, seeded partners (some shared
 * with the demo Salesforce), an optional trickle of changes and faults on
 * demand. It is `npm start`'s default ERP and the connector's test double.
 */
export async function startSapGateway(opts: SapGatewayOptions = {}): Promise<SapGateway> {
  const username = opts.username ?? DEMO_SAP_USER;
  const password = opts.password ?? DEMO_SAP_PASSWORD;
  const seed = opts.seed ?? 4711;
  const partners = seedPartners({ count: opts.partners ?? 3000, sharedCount: opts.sharedCustomers ?? 300, seed });
  const store = new PartnerStore(partners, opts.clock ?? (() => new Date()));
  const faults = new GatewayFaults();
  const requests: string[] = [];
  const expectedAuth = `Basic ${Buffer.from(`${username}:${password}`).toString("base64")}`;
  const pageSize = opts.pageSize ?? 500;
  const timeZone = opts.timeZone ?? "UTC";

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? "/", `http://${req.headers.host}`);
    requests.push(`${url.pathname}${url.search}`);
    if (!url.pathname.startsWith(BUSINESS_PARTNER_SERVICE_PATH)) return sendODataError(res, 404, "/IWFND/CM_MGW/020", `No service found for ${url.pathname}.`);
    const fault = faults.next();
    if (fault?.kind === "unauthorized" || !authorized(req, expectedAuth)) return sendUnauthorized(res);
    if (fault?.kind === "rate-limited") return sendODataError(res, 429, "/IWFND/CM_BEC/026", "Too many requests; try again later.", { "retry-after": fault.retryAfter });
    if (fault?.kind === "server-error") return sendODataError(res, 500, "/IWBEP/CX_MGW_TECH_EXCEPTION", "Runtime error TSV_TNEW_PAGE_ALLOC_FAILED occurred.");
    if (fault?.kind === "slow") {
      await sleep(fault.delayMs, undefined, { ref: false });
      if (res.destroyed) return;
    }
    if (req.method !== "GET") return sendODataError(res, 405, "/IWBEP/CM_MGW_RT/021", `Method ${req.method} is not allowed; the demo gateway is read-only.`);
    const resource = url.pathname.slice(BUSINESS_PARTNER_SERVICE_PATH.length);
    const serviceUrl = `http://${req.headers.host}${BUSINESS_PARTNER_SERVICE_PATH}`;
    if (resource === "$metadata") {
      res.writeHead(200, { "content-type": "application/xml", dataserviceversion: "2.0" });
      return res.end(metadataEdmx);
    }
    if (resource === "") return sendJson(res, 200, { d: { EntitySets: partnerEntitySets } });
    if (resource !== "A_BusinessPartner") return sendODataError(res, 404, "/IWBEP/CM_MGW_RT/025", `Resource not found for segment '${resource}'.`);
    const nextLinkServiceUrl = opts.internalOrigin ? `${opts.internalOrigin}${BUSINESS_PARTNER_SERVICE_PATH}` : serviceUrl;
    const query = parseQueryOptions(url.searchParams, timeZone);
    const body = partnerCollection(store.all(), query, { serviceUrl, nextLinkServiceUrl, pageSize, rawSearch: url.search, timeZone });
    sendJson(res, 200, body, { truncate: fault?.kind === "truncated" });
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (err instanceof ODataRequestError) return sendODataError(res, err.status, err.code, err.message);
      sendODataError(res, 500, "/IWBEP/CX_MGW_TECH_EXCEPTION", err instanceof Error ? err.message : String(err));
    });
  });
  await new Promise<void>((resolve) => server.listen(opts.port ?? 0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const tick = createTrickle(store, seed + 1);
  const trickle = opts.trickleMs ? setInterval(tick, opts.trickleMs) : undefined;
  trickle?.unref();

  return {
    url,
    serviceUrl: `${url}${BUSINESS_PARTNER_SERVICE_PATH}`,
    username,
    password,
    timeZone,
    store,
    faults,
    requests,
    tick,
    close: async () => {
      clearInterval(trickle);
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve())));
    },
  };
}
