import { afterAll, describe, expect, it } from "vitest";
import type { Principal } from "@/src/auth/principal";
import { closeDb, prisma } from "@/src/db";
import { sourceWithToken, unique } from "@/src/testing/fixtures";
import { closeQueues } from "@/workers/contracts";
import { acceptBatch } from "./accept-batch";
import { processBatch } from "./process-batch";

const admin: Principal = { kind: "user", id: "test", label: "test", role: "ADMIN", sourceId: null };

afterAll(async () => {
  await closeQueues();
  await closeDb();
});

describe("pushes decided together", () => {
  it("decides the pushes of a source waiting behind one in the order they came, each batch with its own counts, in one turn", async () => {
    const { source } = await sourceWithToken();
    const other = await sourceWithToken();
    const t = unique();
    const oda = { firstName: "Oda", lastName: `Lund${t}`, email: `oda.${t}@example.no` };
    const push = (key: string, records: { externalId: string; updatedAt?: string; attributes: Record<string, string> }[]) =>
      acceptBatch({ sourceKey: key, principal: admin, body: { records } }).then((b) => b.batchId);
    const first = await push(source.key, [{ externalId: "A", updatedAt: "2026-01-01T00:00:00Z", attributes: { ...oda, city: "Bergen" } }]);
    const second = await push(source.key, [{ externalId: "B", attributes: { firstName: "Trygve", lastName: `Haug${t}`, email: `trygve.${t}@example.no`, city: "Molde" } }]);
    // The same customer again under another id (a duplicate), then a newer version of A.
    const third = await push(source.key, [{ externalId: "C", attributes: { ...oda, city: "Bergen" } }]);
    const fourth = await push(source.key, [{ externalId: "A", updatedAt: "2026-02-01T00:00:00Z", attributes: { ...oda, city: "Tromsø" } }]);
    // One batch holding two versions of one record, the newer first: the older is counted stale.
    const fifth = await push(source.key, [
      { externalId: "D", updatedAt: "2026-03-02T00:00:00Z", attributes: { firstName: "Dag", lastName: `Vik${t}`, city: "Bodø" } },
      { externalId: "D", updatedAt: "2026-03-01T00:00:00Z", attributes: { firstName: "Dag", lastName: `Vik${t}`, city: "Narvik" } },
    ]);
    const elsewhere = await push(other.source.key, [{ externalId: "X", attributes: { firstName: "Siri", lastName: `Berg${t}`, city: "Hamar" } }]);

    expect(await processBatch({ batchId: first })).toEqual({ status: "DONE" });

    const batches = await prisma.ingestBatch.findMany({ where: { id: { in: [first, second, third, fourth, fifth, elsewhere] } } });
    const byId = new Map(batches.map((b) => [b.id, b]));
    expect([first, second, third, fourth].map((id) => byId.get(id)!.status)).toEqual(["DONE", "DONE", "DONE", "DONE"]);
    expect(byId.get(elsewhere)!.status).toBe("PENDING");
    expect(byId.get(fifth)).toMatchObject({ status: "DONE", processed: 2, created: 1, stale: 1 });
    expect([first, second, third, fourth].map((id) => { const b = byId.get(id)!; return [b.processed, b.created, b.linked, b.updated]; })).toEqual([
      [1, 1, 0, 0],
      [1, 1, 0, 0],
      [1, 0, 1, 0],
      [1, 0, 0, 1],
    ]);
    const records = await prisma.sourceRecord.findMany({ where: { sourceId: source.id } });
    const a = records.find((r) => r.externalId === "A")!;
    expect(records.find((r) => r.externalId === "C")!.goldenRecordId).toBe(a.goldenRecordId);
    expect((a.standardized as Record<string, string>).city).toBe("Tromsø");

    // Their own jobs, when they run, find them finished and change nothing.
    expect(await processBatch({ batchId: fourth })).toEqual({ status: "DONE" });
    expect((await prisma.ingestBatch.findUniqueOrThrow({ where: { id: fourth } })).updated).toBe(1);
  });
});
