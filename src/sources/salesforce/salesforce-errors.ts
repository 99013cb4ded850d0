import { AppError } from "@/src/errors";

/**
 * The org refused more API calls for now (403 REQUEST_LIMIT_EXCEEDED). The
 * sync job pauses the source and shows `reason`; retrying sooner only burns
 * the calls the org's other integrations need.
 */
export class SalesforcePausedError extends AppError {
  readonly reason: string;
  readonly resumeAfterMs: number;

  constructor(reason: string, resumeAfterMs: number) {
    super("TOO_MANY_REQUESTS", `Salesforce paused: ${reason}`);
    this.name = "SalesforcePausedError";
    this.reason = reason;
    this.resumeAfterMs = resumeAfterMs;
  }
}

/**
 * A failure that a later attempt may not meet: 429, 5xx after jsforce's own
 * retries, a timeout, a cut-off or malformed body. `retryAfterMs` is the
 * server's Retry-After when it sent one, for the job's backoff.
 */
export class SalesforceRetryableError extends AppError {
  readonly httpStatus: number | null;
  readonly retryAfterMs: number | null;

  constructor(message: string, opts: { status: number | null; retryAfterMs: number | null }) {
    super(opts.status === 429 ? "TOO_MANY_REQUESTS" : "SERVICE_UNAVAILABLE", message);
    this.name = "SalesforceRetryableError";
    this.httpStatus = opts.status;
    this.retryAfterMs = opts.retryAfterMs;
  }
}

/** The credentials no longer yield a session; only an admin fixing them helps, so retrying is pointless. */
export class SalesforceAuthError extends AppError {
  constructor(message: string) {
    super("UNAUTHENTICATED", message);
    this.name = "SalesforceAuthError";
  }
}

/**
 * Salesforce refused what was asked (a field the mapping names that the org
 * lacks, a query it cannot run); `errorCode` is Salesforce's own, e.g. INVALID_FIELD.
 */
export class SalesforceRequestError extends AppError {
  readonly errorCode: string;

  constructor(errorCode: string, message: string) {
    super("BAD_REQUEST", `Salesforce refused the request (${errorCode}): ${message}`);
    this.name = "SalesforceRequestError";
    this.errorCode = errorCode;
  }
}
