/**
 * A failure the demo gateway can be told to answer with, as real gateways
 * and the proxies before them do: an expired or wrong logon (401), a rate
 * limit with Retry-After (seconds or an HTTP date), a dump (500), a slow
 * reply, or a JSON body cut off halfway.
 */
export type GatewayFault =
  | { kind: "unauthorized" }
  | { kind: "rate-limited"; retryAfter: string }
  | { kind: "server-error" }
  | { kind: "slow"; delayMs: number }
  | { kind: "truncated" };

/** Faults to answer the next requests with, one request each, in the order injected. */
export class GatewayFaults {
  private readonly queue: GatewayFault[] = [];

  inject(fault: GatewayFault, times = 1): void {
    for (let i = 0; i < times; i++) this.queue.push(fault);
  }

  clear(): void {
    this.queue.length = 0;
  }

  next(): GatewayFault | undefined {
    return this.queue.shift();
  }
}
