/** A failure the demo org can be told to produce on its next REST calls. */
export type DemoFault =
  /** 403 REQUEST_LIMIT_EXCEEDED: the org's daily API calls are used up */
  | { kind: "request-limit" }
  /** 429 with Retry-After */
  | { kind: "rate-limit"; retryAfterSeconds: number }
  /** 500 UNKNOWN_EXCEPTION */
  | { kind: "server-error" }
  /** the answer comes, but only after a delay */
  | { kind: "slow"; delayMs: number }
  /** a 200 whose JSON body is cut off halfway */
  | { kind: "truncated-json" };

/**
 * The faults waiting for the next REST calls (the token endpoint excluded,
 * so a test can refresh a session while faults are armed). Each armed fault
 * hits as many calls as it was armed for, in the order armed.
 */
export class DemoFaults {
  private armed: { fault: DemoFault; left: number }[] = [];

  inject(fault: DemoFault, times = 1): void {
    this.armed.push({ fault, left: times });
  }

  clear(): void {
    this.armed = [];
  }

  /** The fault the current call meets, if any. */
  take(): DemoFault | undefined {
    const next = this.armed[0];
    if (!next) return undefined;
    next.left -= 1;
    if (next.left <= 0) this.armed.shift();
    return next.fault;
  }
}
