import type { HttpResponse } from "jsforce/lib/types";
import { retryAfterMs } from "@/src/sources/retry-after";
import { SalesforceAuthError, SalesforcePausedError, SalesforceRequestError, SalesforceRetryableError } from "./salesforce-errors";

/** Salesforce's request limit is a rolling 24 hours and it says nothing of when calls free up; an hour wastes little and rarely fails again. */
const DEFAULT_PAUSE_MS = 60 * 60 * 1000;

type JsforceError = Error & { errorCode?: string; code?: string };

/**
 * Turns whatever jsforce threw for one request into the typed error the sync
 * job branches on, using the last raw response that request saw. Salesforce
 * messages are kept (they name fields and limits, never credentials).
 */
export function classifyFailure(err: unknown, response: HttpResponse | undefined, refreshFailure: Error | undefined): Error {
  if (!(err instanceof Error)) return new Error("Salesforce request failed with a non-error value");
  const e = err as JsforceError;
  if (e.message.startsWith("Unable to refresh session")) {
    return refreshFailure ?? new SalesforceAuthError("The Salesforce session could not be refreshed.");
  }
  const status = response?.statusCode;
  if (status === undefined || e.name === "FetchError" || e.name === "AbortError") {
    return new SalesforceRetryableError(`Salesforce could not be reached (${e.name}${e.code ? ` ${e.code}` : ""}).`, { status: null, retryAfterMs: null });
  }
  const code = e.errorCode ?? `HTTP_${status}`;
  const wait = retryAfterMs(response?.headers["retry-after"]) ?? null;
  if (status === 403 && code === "REQUEST_LIMIT_EXCEEDED") {
    const usage = response?.headers["sforce-limit-info"];
    const reason = `the org's API request limit is used up${usage ? ` (${usage})` : ""}: ${e.message}`;
    return new SalesforcePausedError(reason, wait ?? DEFAULT_PAUSE_MS);
  }
  if (status === 429 || status >= 500) {
    return new SalesforceRetryableError(`Salesforce answered ${status} ${code}: ${e.message}`, { status, retryAfterMs: wait });
  }
  if (status === 401) return new SalesforceAuthError(`Salesforce refused the session (${code}).`);
  return new SalesforceRequestError(code, e.message);
}
