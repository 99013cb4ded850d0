import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/src/db";
import { startDemoSalesforce, type DemoSalesforce } from "@/src/demo/salesforce/start-demo-salesforce";
import { CHANGE_CHANNEL, listenToChanges } from "./listen-to-changes";
import { processPendingBatches } from "./process-pending-batches";
import { syncSource } from "./sync-source";
import { registerDemoSalesforce, retireTestSources, sourceRecordsOf } from "./sync-test-source";

let demo: DemoSalesforce;
let sourceId: string;

beforeAll(async () => {
  demo = await startDemoSalesforce({ customers: 60, shared: 3, seed: 31, longPollMs: 500 });
  sourceId = (await registerDemoSalesforce(demo.url, { pageSize: 200 })).id;
  await syncSource({ sourceId });
  await processPendingBatches(sourceId);
});
afterAll(async () => {
  await retireTestSources();
  await demo.close();
});

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, ms = 10_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out; last saw ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const replayIdOf = async () => ((await prisma.source.findUniqueOrThrow({ where: { id: sourceId } })).replayIds as Record<string, number> | null)?.[CHANGE_CHANNEL];
const eventsOf = (goldenRecordId: string) => prisma.changeEvent.count({ where: { goldenRecordId } });

describe("Salesforce change events into golden records", () => {
  it("applies multi-record updates onto stored records, creates and deletes, and stores the replay id", async () => {
    const errors: Error[] = [];
    const subscription = await listenToChanges({ sourceId, onError: (e) => errors.push(e) });
    try {
      const contacts = [...demo.org.records.Contact.values()].filter((r) => !r.IsDeleted).slice(0, 3);
      const [a, b, c] = contacts.map((r) => r.Id);
      const stored = await sourceRecordsOf(sourceId);
      const eventsBefore = await eventsOf(stored.get(a)!.goldenRecordId);

      demo.org.update("Contact", [a, b], { MailingCity: "Trondheim" });
      const created = demo.org.create("Contact", { FirstName: "Katherine", LastName: "Johnson", Email: "katherine.johnson@example.org", MailingCity: "Hampton" });
      demo.org.delete("Contact", [c]);

      const after = await until(() => sourceRecordsOf(sourceId), (m) => m.get(created.Id) !== undefined && m.get(c)?.status === "DELETED" && (m.get(b)?.raw as { city?: string }).city === "Trondheim");
      // The update carried only the city: the rest of the stored record is kept.
      expect(after.get(a)?.raw).toEqual({ ...(stored.get(a)!.raw as object), city: "Trondheim" });
      expect(await eventsOf(after.get(a)!.goldenRecordId)).toBe(eventsBefore + 1);
      expect(await replayIdOf()).toBeGreaterThan(0);
      const runs = await prisma.sourceSyncRun.findMany({ where: { sourceId, kind: "CHANGES" } });
      expect(runs.reduce((n, r) => n + r.accepted, 0)).toBeGreaterThanOrEqual(4);
    } finally {
      await subscription.close();
    }
    expect(errors).toEqual([]);
  });

  it("resumes after a restart from the stored replay id, re-reading GAP events' records", async () => {
    const before = await replayIdOf();
    const [id] = [...demo.org.records.Account.values()].filter((r) => !r.IsDeleted && r.IsPersonAccount).map((r) => r.Id);
    demo.org.update("Account", [id], { PersonMailingCity: "Stavanger" });
    // A GAP event names a record without its data: the listener reads it again.
    const [gapped] = [...demo.org.records.Contact.values()].filter((r) => !r.IsDeleted).slice(5);
    Object.assign(gapped, { MailingCity: "Narvik" });
    demo.org.publishGap("Contact", "GAP_UPDATE", [gapped.Id]);
    const subscription = await listenToChanges({ sourceId, onError: () => {} });
    try {
      const after = await until(() => sourceRecordsOf(sourceId), (m) => (m.get(id)?.raw as { city?: string }).city === "Stavanger" && (m.get(gapped.Id)?.raw as { city?: string }).city === "Narvik");
      expect(after.get(id)?.status).toBe("ACTIVE");
      expect(await replayIdOf()).toBeGreaterThan(before!);
    } finally {
      await subscription.close();
    }
  });
});
