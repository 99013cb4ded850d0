import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoSapConnection } from "@/src/demo/sap-gateway/demo-sap-connection";
import { startSapGateway, type SapGateway } from "@/src/demo/sap-gateway/start-sap-gateway";
import { countBusinessPartners } from "./count-business-partners";
import { getOData } from "./get-odata";
import { pullBusinessPartners } from "./pull-business-partners";
import { serviceRoot, type SapConnection } from "./sap-connection";
import { SapError } from "./sap-error";

let gateway: SapGateway;
let connection: SapConnection;

beforeAll(async () => {
  gateway = await startSapGateway({ partners: 30, sharedCustomers: 3, pageSize: 10, password: "s3cret-Pa55word" });
  connection = demoSapConnection(gateway);
});
afterAll(() => gateway.close());

/** The error a full pull fails with, and how many records it delivered before. */
async function pullFailure(conn = connection): Promise<{ error: SapError; delivered: number }> {
  let delivered = 0;
  try {
    for await (const page of pullBusinessPartners({ connection: conn, cursor: {} })) delivered += page.records.length;
  } catch (error) {
    expect(error).toBeInstanceOf(SapError);
    return { error: error as SapError, delivered };
  }
  throw new Error("the pull did not fail");
}

/** Neither the password nor the Authorization header may appear anywhere in an error. */
function expectNoCredentials(error: SapError) {
  const text = `${error.message} ${JSON.stringify(error)} ${String(error.stack)}`;
  expect(text).not.toContain(gateway.password);
  expect(text).not.toContain(Buffer.from(`${gateway.username}:${gateway.password}`).toString("base64"));
}

describe("SAP errors the sync job acts on", () => {
  it("says the credentials were rejected on a 401 HTML page, once, and works again after", async () => {
    gateway.faults.inject({ kind: "unauthorized" });
    const { error } = await pullFailure();
    expect(error).toMatchObject({ kind: "credentials", code: "UNAUTHENTICATED", retryable: false, httpStatus: 401 });
    expect(error.message).toMatch(/rejected the credentials \(HTTP 401\); check this source's user name and password/);
    expectNoCredentials(error);
    expect(await countBusinessPartners(connection)).toBe(30);
  });

  it("refuses a wrong password without repeating it", async () => {
    const wrong = demoSapConnection(gateway, { password: "not-the-Pa55word" });
    const { error } = await pullFailure(wrong);
    expect(error.kind).toBe("credentials");
    expect(`${error.message}${JSON.stringify(error)}`).not.toContain("not-the-Pa55word");
  });

  it("hands the caller Retry-After from a 429, in seconds or as an HTTP date", async () => {
    gateway.faults.inject({ kind: "rate-limited", retryAfter: "7" });
    const { error } = await pullFailure();
    expect(error).toMatchObject({ kind: "rate-limited", code: "TOO_MANY_REQUESTS", retryable: true, retryAfterMs: 7000 });
    expect(error.message).toContain("Too many requests");

    gateway.faults.inject({ kind: "rate-limited", retryAfter: new Date(Date.now() + 60_000).toUTCString() });
    const dated = await pullFailure();
    expect(dated.error.retryAfterMs).toBeGreaterThan(55_000);
    expect(dated.error.retryAfterMs).toBeLessThanOrEqual(60_000);
  });

  it("reports a 500 as retryable with SAP's own message, even on a later page", async () => {
    gateway.faults.inject({ kind: "server-error" });
    const { error } = await pullFailure();
    expect(error).toMatchObject({ kind: "server", retryable: true, httpStatus: 500 });
    expect(error.message).toContain("TSV_TNEW_PAGE_ALLOC_FAILED");

    // A failure after the first page leaves that page delivered, with its cursor to resume from.
    const iterator = pullBusinessPartners({ connection, cursor: {} });
    const first = await iterator.next();
    expect(first.value?.records.length).toBeGreaterThan(0);
    expect(first.value?.cursor.created).toBeDefined();
    gateway.faults.inject({ kind: "server-error" });
    await expect(iterator.next()).rejects.toMatchObject({ kind: "server" });
  });

  it("calls a reply cut off mid-JSON retryable, with a clear message", async () => {
    gateway.faults.inject({ kind: "truncated" });
    const { error } = await pullFailure();
    expect(error).toMatchObject({ kind: "invalid-response", retryable: true });
    expect(error.message).toMatch(/characters that are not complete JSON/);
  });

  it("gives up on a slow reply after the connection's timeout", async () => {
    gateway.faults.inject({ kind: "slow", delayMs: 5_000 });
    const started = Date.now();
    const { error } = await pullFailure(demoSapConnection(gateway, { timeoutMs: 300 }));
    expect(error).toMatchObject({ kind: "timeout", retryable: true });
    expect(error.message).toContain("did not answer within 300 ms");
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it("surfaces the OData error document of a request the gateway refuses", async () => {
    const refused = (query: string) => getOData(connection, new URL(`A_BusinessPartner?${query}`, serviceRoot(connection))).then(
        () => Promise.reject(new Error(`the gateway accepted ${query}`)),
        (e: unknown) => e as SapError,
      );
    const error = await refused("$filter=FirstName eq 'Anna'");
    expect(error).toMatchObject({ kind: "rejected", code: "BAD_REQUEST", retryable: false, httpStatus: 400 });
    expect(error.message).toMatch(/HTTP 400\): \/IWBEP\/CM_MGW_RT\/022: Property 'FirstName' cannot be filtered on/);
    expect((await refused("$filter=substringof('Sch',LastName)")).message).toContain("Invalid filter expression");
    expect((await refused("$select=FirstName")).message).toContain("'$select' is not supported");
    expect((await refused("$expand=to_Customer")).message).toContain("'to_Customer' cannot be expanded");
  });

  it("never sends the credentials to a URL outside the service", async () => {
    const error = await getOData(connection, new URL("http://127.0.0.2:1/sap/opu/odata/sap/API_BUSINESS_PARTNER/A_BusinessPartner")).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: "rejected", retryable: false, message: expect.stringContaining("the credentials are not sent there") });
  });

  it("says which host could not be reached", async () => {
    const closed = demoSapConnection({ url: "http://127.0.0.1:9", username: "u", password: "p" });
    const { error } = await pullFailure(closed);
    expect(error).toMatchObject({ kind: "network", retryable: true, message: expect.stringContaining("127.0.0.1:9") });
  });
});
