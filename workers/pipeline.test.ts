import { Worker } from "bullmq";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startReceiver, type Receiver } from "@/demo/webhook-receiver";
import { allowEndpoint } from "@/src/testing/allow-endpoint";
import { prisma } from "@/src/db";
import { env } from "@/src/env";
import { acceptBatch } from "@/src/ingest/accept-batch";
import { redisConnection } from "@/src/redis";
import { mergeSuspect } from "@/src/stewardship/merge-suspect";
import { sourceWithToken, unique, userPrincipal, webhookSecret } from "@/src/testing/fixtures";
import { runJob } from "./run-job";

/**
 * The whole path of the foundation, through real Postgres, Redis, BullMQ
 * workers and an HTTP receiver that verifies signatures: push → ingest job →
 * golden record → outbox → signed webhook.
 */
describe("source push to signed webhook", () => {
  let receiver: Receiver;
  let subscriberId: string;
  const workers: Worker[] = [];
  const tag = unique();
  const principal = { kind: "token" as const, id: "t", label: "test", role: "STEWARD" as const, sourceId: null };

  beforeAll(async () => {
    const secret = webhookSecret();
    receiver = await startReceiver({ secret });
    await allowEndpoint(receiver.url);
    subscriberId = (await prisma.subscriber.create({ data: { name: `test ${tag}`, url: receiver.url, secret, eventTypes: [] } })).id;
    for (const name of ["ingest", "distribution"]) {
      workers.push(new Worker(name, runJob, { connection: redisConnection("worker"), prefix: env.QUEUE_PREFIX, concurrency: 2 }));
    }
  });

  afterAll(async () => {
    await prisma.subscriber.update({ where: { id: subscriberId }, data: { active: false } });
    await Promise.all(workers.map((w) => w.close()));
    await receiver.close();
  });

  const forGolden = (id: string, type: string) => (e: { type: string; data: Record<string, unknown> }) =>
    e.type === type && e.data.goldenRecordId === id;

  it("creates, links, proposes, merges and publishes each change exactly once", async () => {
    const { source: crm } = await sourceWithToken({ kind: "CRM", priority: 60 });
    const { source: erp } = await sourceWithToken({ kind: "ERP", priority: 80 });
    const jane = { firstName: "Jane", lastName: `Doe${tag}`, email: `jane.${tag}@example.com`, city: "Boston", postalCode: "02110", country: "US" };
    const bob = { firstName: "Robert", lastName: `Smithers${tag}`, city: "Springfield", postalCode: "49001", country: "US" };

    const first = await acceptBatch({
      sourceKey: crm.key,
      principal,
      body: {
        records: [
          { externalId: "C-1", attributes: jane },
          { externalId: "C-2", attributes: { ...jane, shoeSize: "42" } },
          { externalId: "C-3", attributes: bob },
        ],
      },
    });
    expect(first.accepted).toBe(2);
    expect(first.rejected).toEqual([{ index: 1, externalId: "C-2", issues: [expect.objectContaining({ message: expect.stringContaining("shoeSize") })] }]);
    const quarantined = await prisma.rejectedRecord.findFirstOrThrow({ where: { sourceId: crm.id, externalId: "C-2" } });
    expect(JSON.stringify(quarantined.reasons)).toContain("shoeSize");

    const janeXref = await waitForXref(crm.id, "C-1");
    const created = await receiver.waitFor(forGolden(janeXref.goldenRecordId, "golden.created"));
    expect(created.data).toMatchObject({ version: 1, attributes: { email: jane.email, city: "Boston" } });

    await acceptBatch({
      sourceKey: erp.key,
      principal,
      body: {
        records: [
          { externalId: "E-1", updatedAt: "2026-01-02T03:04:05Z", attributes: { ...jane, firstName: "JANE", city: "Cambridge", postalCode: "02139" } },
          { externalId: "E-2", attributes: { ...bob, lastName: `Smihters${tag}` } },
        ],
      },
    });
    const linked = await waitForXref(erp.id, "E-1");
    expect(linked.goldenRecordId).toBe(janeXref.goldenRecordId);
    const updated = await receiver.waitFor(forGolden(janeXref.goldenRecordId, "golden.updated"));
    expect(updated.data).toMatchObject({ version: 2, attributes: { city: "Cambridge", postalCode: "02139" } });
    const golden = await prisma.goldenRecord.findUniqueOrThrow({ where: { id: janeXref.goldenRecordId } });
    expect(golden.lineage).toMatchObject({ city: { source: erp.key, externalId: "E-1" }, email: { source: erp.key } });

    const bobCrm = await waitForXref(crm.id, "C-3");
    const bobErp = await waitForXref(erp.id, "E-2");
    expect(bobErp.goldenRecordId).not.toBe(bobCrm.goldenRecordId);
    const suspect = await prisma.duplicateSuspect.findFirstOrThrow({
      where: { OR: [{ leftId: bobCrm.goldenRecordId, rightId: bobErp.goldenRecordId }, { leftId: bobErp.goldenRecordId, rightId: bobCrm.goldenRecordId }] },
    });
    expect(suspect.status).toBe("OPEN");
    const evidence = (suspect.explanation as { fields: { attribute: string; left: string }[] }).fields;
    expect(evidence.map((f) => f.attribute)).toEqual(expect.arrayContaining(["firstName", "lastName", "address"]));
    const leftName = suspect.leftId === bobCrm.goldenRecordId ? `Smithers${tag}` : `Smihters${tag}`;
    expect(evidence).toContainEqual(expect.objectContaining({ attribute: "lastName", left: leftName }));

    const { survivorId, mergedId } = await mergeSuspect({ suspectId: suspect.id, principal: userPrincipal() });
    expect(survivorId).toBe(bobCrm.goldenRecordId);
    const merged = await receiver.waitFor(forGolden(survivorId, "golden.merged"));
    expect(merged.data).toMatchObject({ survivorId, mergedIds: [mergedId] });
    const loser = await prisma.goldenRecord.findUniqueOrThrow({ where: { id: mergedId } });
    expect(loser).toMatchObject({ status: "MERGED", mergedIntoId: survivorId });
    expect(await prisma.sourceRecord.count({ where: { goldenRecordId: survivorId } })).toBe(2);
    expect(receiver.refused).toEqual([]);
  });

  it("treats a resent unchanged record as a no-op", async () => {
    const { source } = await sourceWithToken();
    const record = { externalId: "R-1", attributes: { firstName: "Ola", lastName: `Nordmann${tag}`, email: `ola.${tag}@example.no` } };
    await acceptBatch({ sourceKey: source.key, principal, body: { records: [record] } });
    const xref = await waitForXref(source.id, "R-1");
    const again = await acceptBatch({ sourceKey: source.key, principal, body: { records: [record] } });
    await waitForBatch(again.batchId);
    const batch = await prisma.ingestBatch.findUniqueOrThrow({ where: { id: again.batchId } });
    expect(batch).toMatchObject({ status: "DONE", unchanged: 1, created: 0 });
    expect(await prisma.goldenRecordVersion.count({ where: { goldenRecordId: xref.goldenRecordId } })).toBe(1);
  });
});

async function poll<T>(fn: () => Promise<T | null>, what: string, timeoutMs = 20_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await fn();
    if (value) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const waitForXref = (sourceId: string, externalId: string) =>
  poll(() => prisma.sourceRecord.findUnique({ where: { sourceId_externalId: { sourceId, externalId } } }), `${externalId} to be ingested`);

const waitForBatch = (id: string) =>
  poll(() => prisma.ingestBatch.findFirst({ where: { id, status: "DONE" } }), `batch ${id} to finish`);
