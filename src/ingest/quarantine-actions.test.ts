import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb, prisma } from "@/src/db";
import { AppError } from "@/src/errors";
import { sourceWithToken, unique, userPrincipal } from "@/src/testing/fixtures";
import { dismissRejectedRecord } from "./dismiss-rejected-record";
import { processBatch } from "./process-batch";
import { retryRejectedRecord } from "./retry-rejected-record";
import { retryRejectedSource } from "./retry-rejected-source";

const run = unique();
const steward = userPrincipal("STEWARD", `user:steward-${run}@quarantine.test`);
const viewer = userPrincipal("VIEWER", `user:viewer-${run}@quarantine.test`);
let sourceId: string;
const sourceIds: string[] = [];

/** A record as a source pushed it and quarantined with reasons of the day, as an older, stricter check would have left it. */
const quarantined = (externalId: string, attributes: Record<string, string>) =>
  prisma.rejectedRecord.create({ data: { sourceId, externalId, payload: { externalId, attributes }, reasons: [{ path: "attributes", message: "rejected by an older check" }] } });

const auditOf = (targetId: string) => prisma.auditEvent.findMany({ where: { targetId } });

const failure = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => (error instanceof AppError ? error : Promise.reject(error)));

beforeAll(async () => {
  sourceId = (await sourceWithToken()).source.id;
  sourceIds.push(sourceId);
});

afterAll(async () => {
  await prisma.rejectedRecord.deleteMany({ where: { sourceId: { in: sourceIds } } });
  await closeDb();
});

describe("retryRejectedRecord", () => {
  it("sends a record that passes today through ingest: it leaves quarantine and becomes a source record", async () => {
    const row = await quarantined(`fixed-${run}`, { firstName: "Ida", lastName: `Quarantäne${run}`, email: `ida.${run}@example.com` });
    const outcome = await retryRejectedRecord({ principal: steward, rejectedRecordId: row.id });
    expect(outcome.accepted).toEqual([{ id: row.id, externalId: `fixed-${run}` }]);
    expect(outcome.stillRejected).toEqual([]);
    expect(await prisma.rejectedRecord.findUnique({ where: { id: row.id } })).toBeNull();
    await processBatch({ batchId: outcome.batchId!, wait: true });
    const record = await prisma.sourceRecord.findUniqueOrThrow({ where: { sourceId_externalId: { sourceId, externalId: `fixed-${run}` } } });
    expect(record.raw).toMatchObject({ lastName: `Quarantäne${run}` });
    const [audit] = await auditOf(row.id);
    expect(audit).toMatchObject({ actor: steward.label, action: "quarantine.retry", targetType: "RejectedRecord" });
    expect(audit.data).toMatchObject({ batchId: outcome.batchId, before: { externalId: `fixed-${run}`, payload: { attributes: { firstName: "Ida" } } } });
  });

  it("keeps a record that still fails in quarantine, with the reasons of now", async () => {
    const row = await quarantined(`still-bad-${run}`, { fullName: "Still Bad", nickname: "sb" });
    const outcome = await retryRejectedRecord({ principal: steward, rejectedRecordId: row.id });
    expect(outcome.batchId).toBeNull();
    expect(outcome.stillRejected[0].reasons).toEqual([{ path: "attributes", message: 'Unrecognized key: "nickname"' }]);
    const kept = await prisma.rejectedRecord.findUniqueOrThrow({ where: { id: row.id } });
    expect(kept.reasons).toEqual(outcome.stillRejected[0].reasons);
    expect(await auditOf(row.id)).toEqual([]);
  });

  it("refuses viewers, ids that are not ids, and rows already gone", async () => {
    const row = await quarantined(`refused-${run}`, { fullName: "Refused" });
    expect((await failure(retryRejectedRecord({ principal: viewer, rejectedRecordId: row.id })))?.code).toBe("FORBIDDEN");
    const malformed = await failure(retryRejectedRecord({ principal: steward, rejectedRecordId: "x'; DROP" }));
    expect(malformed?.code).toBe("VALIDATION_FAILED");
    expect(malformed?.issues[0].path).toBe("rejectedRecordId");
    expect((await failure(retryRejectedRecord({ principal: steward, rejectedRecordId: `gone${run}` })))?.code).toBe("NOT_FOUND");
  });
});

describe("retryRejectedSource", () => {
  it("retries every quarantined record of a source in one batch and says how many are left", async () => {
    const other = (await sourceWithToken()).source.id;
    sourceIds.push(other);
    const rows = await Promise.all([
      prisma.rejectedRecord.create({ data: { sourceId: other, externalId: `a-${run}`, payload: { externalId: `a-${run}`, attributes: { fullName: "Anna Bulk" } }, reasons: [] } }),
      prisma.rejectedRecord.create({ data: { sourceId: other, externalId: `b-${run}`, payload: { externalId: `b-${run}`, attributes: { fullName: "Bert Bulk" } }, reasons: [] } }),
      prisma.rejectedRecord.create({ data: { sourceId: other, externalId: `c-${run}`, payload: { attributes: { fullName: "No Id" } }, reasons: [] } }),
    ]);
    const outcome = await retryRejectedSource({ principal: steward, sourceId: other });
    expect(outcome.accepted.map((a) => a.externalId).sort()).toEqual([`a-${run}`, `b-${run}`]);
    expect(outcome.stillRejected.map((r) => r.id)).toEqual([rows[2].id]);
    expect(outcome.remaining).toBe(1);
    const batch = await prisma.ingestBatch.findUniqueOrThrow({ where: { id: outcome.batchId! } });
    expect(batch).toMatchObject({ sourceId: other, total: 2, status: "PENDING" });
    await processBatch({ batchId: batch.id, wait: true });
    expect(await prisma.sourceRecord.count({ where: { sourceId: other } })).toBe(2);
    const [audit] = await auditOf(other);
    expect(audit).toMatchObject({ action: "quarantine.retry-source", targetType: "Source" });
  });
});

describe("dismissRejectedRecord", () => {
  it("removes the row and writes an audit row keeping its payload and the reason", async () => {
    const row = await quarantined(`dismissed-${run}`, { fullName: "Test Record", nickname: "tr" });
    await dismissRejectedRecord({ principal: steward, rejectedRecordId: row.id, reason: "  a test record from the source's QA  " });
    expect(await prisma.rejectedRecord.findUnique({ where: { id: row.id } })).toBeNull();
    const [audit] = await auditOf(row.id);
    expect(audit).toMatchObject({ actor: steward.label, action: "quarantine.dismiss", targetType: "RejectedRecord" });
    expect(audit.data).toMatchObject({
      reason: "a test record from the source's QA",
      before: { id: row.id, sourceId, externalId: `dismissed-${run}`, payload: { attributes: { nickname: "tr" } }, reasons: [{ message: "rejected by an older check" }] },
    });
    expect((await failure(dismissRejectedRecord({ principal: steward, rejectedRecordId: row.id, reason: "again" })))?.code).toBe("NOT_FOUND");
  });

  it("needs a reason and a steward", async () => {
    const row = await quarantined(`kept-${run}`, { fullName: "Kept" });
    const noReason = await failure(dismissRejectedRecord({ principal: steward, rejectedRecordId: row.id, reason: "   " }));
    expect(noReason?.code).toBe("VALIDATION_FAILED");
    expect(noReason?.issues).toEqual([{ path: "reason", message: "reason: say why the record is dismissed" }]);
    expect((await failure(dismissRejectedRecord({ principal: viewer, rejectedRecordId: row.id, reason: "no" })))?.code).toBe("FORBIDDEN");
    expect(await prisma.rejectedRecord.findUnique({ where: { id: row.id } })).not.toBeNull();
  });
});
