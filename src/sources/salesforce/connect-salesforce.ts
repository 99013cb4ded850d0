import { Connection } from "jsforce";
import type { HttpResponse } from "jsforce/lib/types";
import type { z } from "zod";
import { classifyFailure } from "./classify-failure";
import { ObservedTransport, type ObservedRequestOptions } from "./observed-transport";
import { requestAccessToken } from "./request-token";
import { parseSalesforceConfig, type SalesforceConfig } from "./salesforce-config";
import { SalesforceAuthError, SalesforceRetryableError } from "./salesforce-errors";

/**
 * One open connection to an org, reused for every page, re-read and
 * subscription of a sync run so a refreshed session is refreshed once.
 */
export type SalesforceSession = {
  readonly config: SalesforceConfig;
  readonly connection: Connection;
  /** GETs a REST path and checks the body's shape; every failure is a typed Salesforce error */
  get<T>(path: string, schema: z.ZodType<T>, headers?: Record<string, string>): Promise<T>;
  /** makes sure the connection holds an access token (the streaming client sends it once, at handshake) */
  ensureSession(): Promise<void>;
  /** replaces the access token, e.g. after the streaming API refused it */
  refreshSession(): Promise<void>;
};

/**
 * A refreshed token that is refused at once means the org no longer accepts
 * this client (revoked app, IP restriction); without this bound jsforce would
 * refresh and retry forever.
 */
const MAX_REFRESHES_WITHOUT_SUCCESS = 2;

/** Opens a session from a source's configuration (validated here, at the edge). */
export function connectSalesforce(input: unknown): SalesforceSession {
  const config = parseSalesforceConfig(input);
  let refreshesWithoutSuccess = 0;
  let refreshFailure: Error | undefined;

  const fetchToken = async (): Promise<string> => {
    if (refreshesWithoutSuccess >= MAX_REFRESHES_WITHOUT_SUCCESS) {
      throw new SalesforceAuthError("Salesforce refused freshly issued sessions; check the connected app's policies for this source.");
    }
    refreshesWithoutSuccess += 1;
    return requestAccessToken(config);
  };

  const connection = new Connection({
    instanceUrl: config.instanceUrl,
    version: config.apiVersion,
    ...(config.accessToken ? { accessToken: config.accessToken } : {}),
    refreshFn: (_conn, callback) => {
      refreshFailure = undefined;
      fetchToken().then(
        (token) => callback(null, token),
        (err: Error) => {
          refreshFailure = err;
          callback(err);
        },
      );
    },
  });
  connection._transport = new ObservedTransport((response: HttpResponse) => {
    if (response.statusCode !== 401) refreshesWithoutSuccess = 0;
  });

  const retry = {
    maxRetries: config.retry.maxRetries,
    minTimeout: config.retry.firstDelayMs,
    timeoutFactor: 2,
    statusCodes: [500, 502, 503, 504],
  };

  return {
    config,
    connection,
    async get(path, schema, headers) {
      let last: HttpResponse | undefined;
      const options: ObservedRequestOptions = { retry, timeout: config.timeoutMs, observe: (r) => (last = r) };
      let body: unknown;
      try {
        body = await connection.request({ method: "GET", url: path, headers: { ...headers } }, options);
      } catch (err) {
        throw classifyFailure(err, last, refreshFailure);
      }
      const parsed = schema.safeParse(body);
      if (parsed.success) return parsed.data;
      const cut = typeof body === "string" ? "a body that is not complete JSON" : "JSON of an unexpected shape";
      throw new SalesforceRetryableError(`Salesforce sent ${cut} for ${path.split("?")[0]}.`, { status: last?.statusCode ?? null, retryAfterMs: null });
    },
    async ensureSession() {
      if (!connection.accessToken) await this.refreshSession();
    },
    async refreshSession() {
      connection.accessToken = await requestAccessToken(config);
    },
  };
}
