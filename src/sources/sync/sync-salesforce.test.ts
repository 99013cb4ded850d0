import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/src/db";
import { startDemoSalesforce, type DemoSalesforce } from "@/src/demo/salesforce/start-demo-salesforce";
import { processPendingBatches } from "./process-pending-batches";
import { syncSource } from "./sync-source";
import { registerDemoSalesforce, retireTestSources, sourceRecordsOf } from "./sync-test-source";

let demo: DemoSalesforce;
let sourceId: string;

beforeAll(async () => {
  demo = await startDemoSalesforce({ customers: 120, shared: 5, seed: 11 });
  sourceId = (await registerDemoSalesforce(demo.url, { pageSize: 200 })).id;
});
afterAll(async () => {
  await retireTestSources();
  await demo.close();
});

const orgIds = () => [...demo.org.records.Account.keys(), ...demo.org.records.Contact.keys()];

async function sync() {
  const outcome = await syncSource({ sourceId });
  await processPendingBatches(sourceId);
  return outcome;
}

const goldenOf = (goldenRecordId: string) =>
  prisma.goldenRecord.findUniqueOrThrow({ where: { id: goldenRecordId }, include: { _count: { select: { versions: true, events: true } } } });

describe("syncing a Salesforce org", () => {
  it("loads every Account and Contact once, then only what changed", async () => {
    const first = await sync();
    expect(first).toMatchObject({ status: "done", fetched: orgIds().length, rejected: 0 });
    const stored = await sourceRecordsOf(sourceId);
    expect([...stored.keys()].sort()).toEqual(orgIds().sort());
    const run = await prisma.sourceSyncRun.findUniqueOrThrow({ where: { id: first.status === "done" ? first.runId : "" } });
    expect(run).toMatchObject({ kind: "INITIAL", status: "DONE", fetched: orgIds().length });

    const [a] = [...demo.org.records.Contact.values()].filter((r) => !r.IsDeleted);
    demo.org.update("Contact", [a.Id], { MailingCity: "Reykjavik" });
    const created = demo.org.create("Contact", { FirstName: "Grace", LastName: "Hopper", Email: "grace.hopper@example.org", MailingCity: "Arlington" });
    const second = await sync();
    expect(second).toMatchObject({ status: "done", fetched: 2, accepted: 2 });
    const after = await sourceRecordsOf(sourceId);
    expect(after.size).toBe(orgIds().length);
    expect(after.get(a.Id)?.raw).toMatchObject({ city: "Reykjavik" });
    expect(after.get(created.Id)).toMatchObject({ status: "ACTIVE" });

    // Records of the last few seconds are read once more (a change later in their second is not lost); they change nothing.
    const versions = () => prisma.goldenRecordVersion.count({ where: { goldenRecord: { sourceRecords: { some: { sourceId } } } } });
    const before = await versions();
    expect(await sync()).toMatchObject({ status: "done" });
    expect(await versions()).toBe(before);
    const source = await prisma.source.findUniqueOrThrow({ where: { id: sourceId } });
    expect(source.lastSuccessAt).not.toBeNull();
    expect(source.syncCursor).toMatchObject({ Account: { since: expect.any(String) }, Contact: { since: expect.any(String) } });
  });

  it("marks a deleted record DELETED and rebuilds its golden record, and restores it on undelete", async () => {
    // The Contact the first test changed, so it changes twice within one second of being read: the change must not be skipped.
    const [doomed] = [...demo.org.records.Contact.values()].filter((r) => !r.IsDeleted);
    const before = (await sourceRecordsOf(sourceId)).get(doomed.Id)!;
    const golden = await goldenOf(before.goldenRecordId);

    demo.org.delete("Contact", [doomed.Id]);
    await sync();
    const deleted = (await sourceRecordsOf(sourceId)).get(doomed.Id)!;
    expect(deleted.status).toBe("DELETED");
    const rebuilt = await goldenOf(deleted.goldenRecordId);
    expect(rebuilt._count.versions).toBe(golden._count.versions + 1);

    demo.org.undelete("Contact", doomed.Id);
    await sync();
    expect((await sourceRecordsOf(sourceId)).get(doomed.Id)?.status).toBe("ACTIVE");
    expect((await goldenOf(deleted.goldenRecordId))._count.versions).toBe(golden._count.versions + 2);
  });

  it("pauses the source with a visible reason when the org's request limit is used up, and skips it while paused", async () => {
    demo.injectFault({ kind: "request-limit" });
    const outcome = await syncSource({ sourceId });
    expect(outcome).toMatchObject({ status: "failed", failure: { kind: "pause" } });
    const source = await prisma.source.findUniqueOrThrow({ where: { id: sourceId } });
    expect(source.pausedReason).toContain("request limit is used up");
    expect(source.resumeAt!.getTime()).toBeGreaterThan(Date.now() + 30 * 60_000);
    expect(source.lastError).toContain("request limit");
    expect(await syncSource({ sourceId })).toEqual({ status: "skipped", reason: "paused" });

    // Once the window has passed the hub's own pause ends by itself.
    await prisma.source.update({ where: { id: sourceId }, data: { resumeAt: new Date(Date.now() - 1000) } });
    expect(await syncSource({ sourceId })).toMatchObject({ status: "done" });
    expect(await prisma.source.findUniqueOrThrow({ where: { id: sourceId } })).toMatchObject({ pausedAt: null, pausedReason: null });
  });

  it("reports a 429 with its Retry-After for the job to wait, without pausing", async () => {
    demo.injectFault({ kind: "rate-limit", retryAfterSeconds: 42 });
    const outcome = await syncSource({ sourceId });
    expect(outcome).toMatchObject({ status: "failed", failure: { kind: "wait", retryAfterMs: 42_000 } });
    expect((await prisma.source.findUniqueOrThrow({ where: { id: sourceId } })).pausedAt).toBeNull();
  });
});
