import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { demoSalesforceCredentials } from "@/src/demo/salesforce/demo-sessions";
import { demoSalesforceSourceConfig } from "@/src/demo/salesforce/demo-source-config";
import { startDemoSalesforce, type DemoSalesforce } from "@/src/demo/salesforce/start-demo-salesforce";
import { connectSalesforce } from "./connect-salesforce";
import { initialPullCursor } from "./pull-cursor";
import { pullSalesforcePage } from "./pull-page";
import { SalesforceAuthError, SalesforcePausedError, SalesforceRetryableError } from "./salesforce-errors";

let demo: DemoSalesforce;

beforeAll(async () => {
  demo = await startDemoSalesforce({ customers: 500, shared: 0, seed: 11 });
});
afterEach(() => demo.clearFaults());
afterAll(() => demo.close());

const connect = (overrides: Record<string, unknown> = {}) =>
  connectSalesforce({ ...demoSalesforceSourceConfig(demo.url), pageSize: 200, retry: { maxRetries: 2, firstDelayMs: 20 }, ...overrides });

const firstPage = (session = connect()) => pullSalesforcePage({ session, entity: "Account", cursor: initialPullCursor });

describe("Salesforce faults, over real HTTP against the demo org", () => {
  it("fetches a session on first use and refreshes it on 401 INVALID_SESSION_ID, retrying the call", async () => {
    const session = connect();
    const issued = demo.sessions.issuedCount;
    expect((await firstPage(session)).records).toHaveLength(200);
    expect(demo.sessions.issuedCount).toBe(issued + 1);

    demo.expireSessions();
    const page = await firstPage(session);
    expect(page.records).toHaveLength(200);
    expect(demo.sessions.issuedCount).toBe(issued + 2);
  });

  it("refreshes with client credentials too", async () => {
    const { clientId, clientSecret } = demoSalesforceCredentials;
    const session = connect({ credentials: { grant: "client_credentials", clientId, clientSecret } });
    expect((await firstPage(session)).records).toHaveLength(200);
  });

  it("turns refused credentials into an auth error that names no secret", async () => {
    const session = connect({ credentials: { ...demoSalesforceSourceConfig(demo.url).credentials, refreshToken: "revoked-refresh-token-123" } });
    const failure = (await firstPage(session).catch((e: unknown) => e)) as Error;
    expect(failure).toBeInstanceOf(SalesforceAuthError);
    expect(failure.message).toContain("invalid_grant");
    expect(failure.message).not.toContain("revoked-refresh-token-123");
    expect(failure.message).not.toContain(demoSalesforceCredentials.clientSecret);
  });

  it("turns 403 REQUEST_LIMIT_EXCEEDED into a pause with a reason", async () => {
    const session = connect();
    await firstPage(session);
    demo.injectFault({ kind: "request-limit" });
    const failure = await firstPage(session).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(SalesforcePausedError);
    expect(failure).toMatchObject({ code: "TOO_MANY_REQUESTS", reason: expect.stringContaining("api-usage=15000/15000"), resumeAfterMs: 3_600_000 });
  });

  it("surfaces 429 at once with the server's Retry-After instead of jsforce's blind retries", async () => {
    const session = connect();
    await firstPage(session);
    demo.injectFault({ kind: "rate-limit", retryAfterSeconds: 7 }, 3);
    const failure = await firstPage(session).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(SalesforceRetryableError);
    expect(failure).toMatchObject({ httpStatus: 429, retryAfterMs: 7000 });
    // Only the first of the three armed 429s was spent: nothing retried behind the caller's back.
    await expect(firstPage(session)).rejects.toMatchObject({ httpStatus: 429 });
  });

  it("lets jsforce retry a passing 500, and reports a lasting one as retryable", async () => {
    const session = connect();
    await firstPage(session);
    demo.injectFault({ kind: "server-error" }, 1);
    expect((await firstPage(session)).records).toHaveLength(200);
    demo.injectFault({ kind: "server-error" }, 3);
    await expect(firstPage(session)).rejects.toMatchObject({ name: "SalesforceRetryableError", httpStatus: 500, retryAfterMs: null });
  });

  it("waits out a slow answer within the timeout and gives up on one beyond it", async () => {
    const session = connect({ timeoutMs: 400 });
    await firstPage(session);
    demo.injectFault({ kind: "slow", delayMs: 100 });
    expect((await firstPage(session)).records).toHaveLength(200);
    demo.injectFault({ kind: "slow", delayMs: 1500 });
    await expect(firstPage(session)).rejects.toBeInstanceOf(SalesforceRetryableError);
  });

  it("reports a cut-off JSON body as retryable instead of reading it as records", async () => {
    const session = connect();
    await firstPage(session);
    demo.injectFault({ kind: "truncated-json" });
    await expect(firstPage(session)).rejects.toMatchObject({ name: "SalesforceRetryableError", message: expect.stringContaining("not complete JSON") });
  });
});
