import { AppError } from "@/src/errors";
import { SalesforceAuthError, SalesforcePausedError, SalesforceRequestError, SalesforceRetryableError } from "@/src/sources/salesforce/salesforce-errors";
import { SapError } from "@/src/sources/sap/sap-error";
import { CREDENTIALS_PAUSE } from "./credentials-pause";

/** What the SAP gateway's 403 gets when it names no time: long enough not to hammer a quota, short enough to notice a granted role. */
const SAP_FORBIDDEN_PAUSE_MS = 60 * 60 * 1000;

/**
 * What a failed sync does next, decided once for both connectors:
 * - `pause`: the system refused more calls for now (Salesforce's request
 *   limit, SAP's 403); the source pauses with the reason shown and, when
 *   `resumeAfterMs` is set, resumes by itself then;
 * - `wait`: the system asked for a pause of `retryAfterMs` (429 Retry-After);
 * - `retry`: a passing failure, retried with the queue's backoff;
 * - `stop`: retrying cannot help (a mapping naming a missing field, a
 *   refused request); the error is shown until an admin acts.
 */
export type SyncFailure =
  | { kind: "pause"; reason: string; resumeAfterMs: number | null }
  | { kind: "wait"; retryAfterMs: number; message: string }
  | { kind: "retry"; message: string }
  | { kind: "stop"; message: string };

export function classifySyncFailure(err: unknown): SyncFailure {
  const message = err instanceof Error ? err.message : String(err);
  if (err instanceof SalesforcePausedError) return { kind: "pause", reason: err.reason, resumeAfterMs: err.resumeAfterMs };
  // Refused credentials retried on a schedule lock the SAP user and burn Salesforce logins: pause until new ones are stored.
  if (err instanceof SalesforceAuthError || (err instanceof SapError && err.kind === "credentials")) {
    return { kind: "pause", reason: `${CREDENTIALS_PAUSE} ${message} Enter new credentials to resume.`, resumeAfterMs: null };
  }
  if (err instanceof SapError && err.kind === "forbidden") return { kind: "pause", reason: message, resumeAfterMs: err.retryAfterMs ?? SAP_FORBIDDEN_PAUSE_MS };
  const retryAfterMs = err instanceof SalesforceRetryableError ? err.retryAfterMs : err instanceof SapError && err.retryable ? err.retryAfterMs : undefined;
  if (typeof retryAfterMs === "number") return { kind: "wait", retryAfterMs, message };
  if (err instanceof SalesforceRetryableError || (err instanceof SapError && err.retryable)) return { kind: "retry", message };
  if (err instanceof SapError || err instanceof SalesforceRequestError) return { kind: "stop", message };
  // Stored settings or credentials that no longer open: only an admin entering them again helps.
  if (err instanceof AppError && (err.code === "BAD_REQUEST" || err.code === "VALIDATION_FAILED")) return { kind: "stop", message };
  // Anything else (Postgres away, a bug) is retried; the queue's attempts bound it.
  return { kind: "retry", message };
}
