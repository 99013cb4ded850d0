import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoSalesforceSourceConfig } from "@/src/demo/salesforce/demo-source-config";
import { startDemoSalesforce, type DemoSalesforce } from "@/src/demo/salesforce/start-demo-salesforce";
import type { PulledRecord } from "@/src/sources/pulled-record";
import { connectSalesforce, type SalesforceSession } from "./connect-salesforce";
import type { SalesforceEntity } from "./field-mapping";
import { initialPullCursor, type SalesforcePullCursor } from "./pull-cursor";
import { pullSalesforcePage, pullSalesforcePages } from "./pull-page";
import { rereadSalesforceRecords } from "./reread-records";
import { SalesforceRequestError } from "./salesforce-errors";

let demo: DemoSalesforce;
let session: SalesforceSession;

beforeAll(async () => {
  demo = await startDemoSalesforce({ customers: 900, shared: 60, seed: 7 });
  session = connectSalesforce({ ...demoSalesforceSourceConfig(demo.url), pageSize: 200 });
});
afterAll(() => demo.close());

async function pullAll(entity: SalesforceEntity, cursor: unknown) {
  const records: PulledRecord[] = [];
  let pages = 0;
  let last: SalesforcePullCursor = initialPullCursor;
  for await (const page of pullSalesforcePages({ session, entity, cursor })) {
    records.push(...page.records);
    pages += 1;
    last = page.cursor;
  }
  return { records, pages, cursor: last };
}

const liveIds = (entity: SalesforceEntity) => [...demo.org.records[entity].values()].map((r) => r.Id).sort();

describe("pullSalesforcePage against the demo org", () => {
  it("follows nextRecordsUrl over several pages and maps organizations, Person Accounts and Contacts", async () => {
    const accounts = await pullAll("Account", initialPullCursor);
    expect(accounts.pages).toBeGreaterThanOrEqual(3);
    expect(accounts.records.map((r) => r.externalId).sort()).toEqual(liveIds("Account"));
    expect(accounts.cursor.nextRecordsUrl).toBeNull();

    const company = accounts.records.find((r) => r.raw && (r.raw as { IsPersonAccount: boolean }).IsPersonAccount === false)!;
    expect(company.attributes).toMatchObject({ organizationName: expect.any(String), city: expect.any(String), country: expect.stringMatching(/Germany|United States|United Kingdom|France/) });
    expect(company.attributes.firstName).toBeUndefined();
    const person = accounts.records.find((r) => (r.raw as { IsPersonAccount: boolean }).IsPersonAccount === true)!;
    expect(person.attributes).toMatchObject({ firstName: expect.any(String), lastName: expect.any(String), email: expect.stringContaining("@"), dateOfBirth: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    expect(person.attributes.organizationName).toBeUndefined();
    expect(person).toMatchObject({ active: true, updatedAt: expect.stringMatching(/^2025-01-01T\d{2}:\d{2}:\d{2}\.000Z$/) });

    const contacts = await pullAll("Contact", initialPullCursor);
    expect(contacts.records.map((r) => r.externalId).sort()).toEqual(liveIds("Contact"));
    expect(contacts.records[0].attributes).toMatchObject({ lastName: expect.any(String), email: expect.any(String), street: expect.any(String) });
  });

  it("continues from the cursor after a change in the same second as the cursor: nothing lost, nothing repeated", async () => {
    const first = await pullAll("Account", initialPullCursor);
    const boundary = Date.parse(first.cursor.since!);
    expect(first.cursor.boundaryIds.length).toBeGreaterThan(0);

    const sameSecond = demo.org.create("Account", { Name: "Boundary Works GmbH", IsPersonAccount: false, BillingCountry: "Germany" }, boundary);
    const later = demo.org.create("Account", { Name: "Later Ltd", IsPersonAccount: false }, boundary + 1000);
    const next = await pullAll("Account", first.cursor);
    expect(next.records.map((r) => r.externalId)).toEqual([sameSecond.Id, later.Id]);
    expect(next.records[0].attributes).toEqual({ organizationName: "Boundary Works GmbH", country: "Germany" });

    const again = await pullAll("Account", next.cursor);
    expect(again.records).toEqual([]);
    expect(again.cursor).toEqual(next.cursor);
  });

  it("restarts an expired query cursor from `since` mid-tie and still takes every record once", async () => {
    const taken: string[] = [];
    let page = await pullSalesforcePage({ session, entity: "Account", cursor: initialPullCursor });
    taken.push(...page.records.map((r) => r.externalId));
    expect(page.cursor.nextRecordsUrl).not.toBeNull();
    // Seeded records share a second three at a time, so a 200-row page ends inside a tie.
    expect(page.cursor.boundaryIds.length).toBeLessThan(3);
    demo.expireQueryLocators();
    while (!page.done) {
      page = await pullSalesforcePage({ session, entity: "Account", cursor: page.cursor });
      taken.push(...page.records.map((r) => r.externalId));
    }
    expect(taken.length).toBe(new Set(taken).size);
    expect(taken.sort()).toEqual(liveIds("Account"));
  });

  it("sees deleted rows through queryAll as inactive records", async () => {
    const { cursor } = await pullAll("Contact", initialPullCursor);
    const victim = [...demo.org.records.Contact.values()][5];
    demo.org.delete("Contact", [victim.Id], Date.parse(cursor.since!) + 2000);
    const next = await pullAll("Contact", cursor);
    expect(next.records).toEqual([expect.objectContaining({ externalId: victim.Id, active: false })]);
  });

  it("re-reads named records and names the ids Salesforce no longer has", async () => {
    const [a, b] = [...demo.org.records.Account.values()];
    const missing = "001Dm00000ZZZZZAAA";
    const reread = await rereadSalesforceRecords({ session, entity: "Account", ids: [a.Id, b.Id, missing] });
    expect(reread.records.map((r) => r.externalId).sort()).toEqual([a.Id, b.Id].sort());
    expect(reread.missing).toEqual([missing]);
  });

  it("reports a mapped field the org does not have as Salesforce's INVALID_FIELD", async () => {
    const mapping = { personAccounts: false, account: { Nmae: "organizationName" as const }, personAccount: {}, contact: {} };
    const failure = await pullSalesforcePage({ session, entity: "Account", cursor: initialPullCursor, mapping }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(SalesforceRequestError);
    expect(failure).toMatchObject({ errorCode: "INVALID_FIELD", message: expect.stringContaining("No such column 'Nmae'") });
  });
});
