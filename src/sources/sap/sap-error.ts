import { AppError, type ErrorCode } from "@/src/errors";

/**
 * What went wrong talking to SAP, in the terms a sync job decides on:
 * `credentials` and `forbidden` (the user lacks the role) pause the source
 * until an admin fixes them; `rate-limited` waits `retryAfterMs`; `server`,
 * `timeout`, `network` and `invalid-response` are retried with backoff;
 * `rejected` (the gateway refused the request itself) needs a person.
 */
export type SapErrorKind = "credentials" | "forbidden" | "rate-limited" | "server" | "timeout" | "network" | "invalid-response" | "rejected";

const codes: Record<SapErrorKind, ErrorCode> = {
  credentials: "UNAUTHENTICATED",
  forbidden: "FORBIDDEN",
  "rate-limited": "TOO_MANY_REQUESTS",
  server: "SERVICE_UNAVAILABLE",
  timeout: "SERVICE_UNAVAILABLE",
  network: "SERVICE_UNAVAILABLE",
  "invalid-response": "SERVICE_UNAVAILABLE",
  rejected: "BAD_REQUEST",
};

const retryable = new Set<SapErrorKind>(["rate-limited", "server", "timeout", "network", "invalid-response"]);

/** A failed SAP request. Messages name the host and path, never the credentials. */
export class SapError extends AppError {
  readonly kind: SapErrorKind;
  readonly retryable: boolean;
  /** how long SAP asked us to wait (Retry-After), when it said */
  readonly retryAfterMs?: number;
  /** the HTTP status SAP answered with, when it answered */
  readonly httpStatus?: number;

  constructor(kind: SapErrorKind, message: string, extra: { retryAfterMs?: number; httpStatus?: number } = {}) {
    super(codes[kind], message);
    this.name = "SapError";
    this.kind = kind;
    this.retryable = retryable.has(kind);
    this.retryAfterMs = extra.retryAfterMs;
    this.httpStatus = extra.httpStatus;
  }
}
