import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { systemPrincipal } from "@/src/auth/principal";
import { prisma } from "@/src/db";
import { startSapGateway, type SapGateway } from "@/src/demo/sap-gateway/start-sap-gateway";
import { updateSourceCredentials } from "@/src/sources/register-source";
import { processPendingBatches } from "./process-pending-batches";
import { syncSource } from "./sync-source";
import { registerDemoSap, retireTestSources, sourceRecordsOf } from "./sync-test-source";

let gateway: SapGateway;
let sourceId: string;

beforeAll(async () => {
  gateway = await startSapGateway({ partners: 150, sharedCustomers: 10, seed: 23, pageSize: 40 });
  sourceId = (await registerDemoSap(gateway, { windowSize: 40 })).id;
});
afterAll(async () => {
  await retireTestSources();
  await gateway.close();
});

async function sync() {
  const outcome = await syncSource({ sourceId });
  await processPendingBatches(sourceId);
  return outcome;
}

describe("syncing an SAP system", () => {
  it("loads every business partner once across pages, then only what changed", async () => {
    const first = await sync();
    const ids = gateway.store.all().map((p) => p.id);
    expect(first).toMatchObject({ status: "done", fetched: ids.length });
    const stored = await sourceRecordsOf(sourceId);
    expect(stored.size + (first.status === "done" ? first.rejected : 0)).toBe(ids.length);
    expect(await prisma.sourceRecord.count({ where: { sourceId } })).toBe(stored.size);

    const [moved] = gateway.store.all().filter((p) => !p.blocked && !p.archived && stored.get(p.id)?.status === "ACTIVE");
    gateway.store.update(moved.id, (p) => void (p.addresses[0].city = "Tromsø"));
    const second = await sync();
    expect(second).toMatchObject({ status: "done", fetched: 1, accepted: 1 });
    expect((await sourceRecordsOf(sourceId)).get(moved.id)?.raw).toMatchObject({ city: "Tromsø" });
    expect((await prisma.source.findUniqueOrThrow({ where: { id: sourceId } })).syncCursor).toMatchObject({ changed: { date: expect.any(String) } });
  });

  it("marks a blocked partner DELETED with its golden record rebuilt, and restores it when unblocked", async () => {
    const stored = await sourceRecordsOf(sourceId);
    const partner = gateway.store.all().find((p) => stored.get(p.id)?.status === "ACTIVE")!;
    const goldenId = stored.get(partner.id)!.goldenRecordId;
    const versions = () => prisma.goldenRecordVersion.count({ where: { goldenRecordId: goldenId } });
    const before = await versions();

    gateway.store.block(partner.id);
    await sync();
    expect((await sourceRecordsOf(sourceId)).get(partner.id)?.status).toBe("DELETED");
    expect(await versions()).toBe(before + 1);

    gateway.store.update(partner.id, (p) => void (p.blocked = false));
    await sync();
    expect((await sourceRecordsOf(sourceId)).get(partner.id)?.status).toBe("ACTIVE");
    expect(await versions()).toBe(before + 2);
  });

  it("reports a 429 with its Retry-After for the job to wait", async () => {
    gateway.faults.inject({ kind: "rate-limited", retryAfter: "7" });
    gateway.store.update(gateway.store.all()[3].id, (p) => void (p.addresses[0].city = "Bergen"));
    expect(await syncSource({ sourceId })).toMatchObject({ status: "failed", failure: { kind: "wait", retryAfterMs: 7000 } });
    const run = await prisma.sourceSyncRun.findFirstOrThrow({ where: { sourceId }, orderBy: { startedAt: "desc" } });
    expect(run).toMatchObject({ status: "FAILED", error: expect.stringContaining("429") });
  });

  it("pauses the source when SAP refuses the credentials, until new ones are stored", async () => {
    gateway.faults.inject({ kind: "unauthorized" });
    expect(await syncSource({ sourceId })).toMatchObject({ status: "failed", failure: { kind: "pause", resumeAfterMs: null } });
    const source = await prisma.source.findUniqueOrThrow({ where: { id: sourceId } });
    expect(source.pausedReason).toMatch(/^Credentials refused: .*401/);
    expect(source.resumeAt).toBeNull();
    await updateSourceCredentials({ principal: systemPrincipal("test"), sourceId, credentials: { username: gateway.username, password: gateway.password } });
    expect(await syncSource({ sourceId })).toMatchObject({ status: "done" });
  });
});
