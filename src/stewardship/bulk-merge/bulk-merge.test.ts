import { afterAll, describe, expect, it } from "vitest";
import type { Principal } from "@/src/auth/principal";
import { closeDb, prisma } from "@/src/db";
import { plantSuspects } from "@/src/testing/planted-suspects";
import { sourceWithToken, unique } from "@/src/testing/fixtures";
import { ingested } from "@/src/testing/ingested";
import { closeQueues } from "@/workers/contracts";
import { bulkMerge } from "@/workers/jobs/bulk-merge";
import { markNotDuplicate } from "@/src/stewardship/mark-not-duplicate";
import { setApprovalRule } from "@/src/stewardship/change-requests/approval-rules";
import { approveChangeRequest } from "@/src/stewardship/change-requests/decide-change-request";
import { submitStewardAction } from "@/src/stewardship/change-requests/submit-steward-action";
import { startBulkMerge } from "./start-bulk-merge";

afterAll(async () => {
  await setApprovalRule({ action: "bulk-merge", required: false, principal: await steward("ADMIN") });
  await closeQueues();
  await closeDb();
});

async function steward(role: Principal["role"] = "STEWARD"): Promise<Principal> {
  const email = `bulk-${unique()}@example.com`;
  const row = await prisma.user.create({ data: { email, name: "Bulk Steward", role } });
  return { kind: "user", id: row.id, label: `user:${email}`, role, sourceId: null };
}

/** Four suspects under one tag: three scoring 0.85 or more, one 0.5. */
async function plantFour() {
  const tag = `Bk${unique()}`;
  const pair = (first: string, score: number) => ({ left: { firstName: first, lastName: tag }, right: { firstName: first, lastName: `${tag}e` }, score });
  const ids = (await plantSuspects([pair("Aki", 0.95), pair("Bo", 0.9), pair("Cy", 0.85), pair("Di", 0.5)])).map((s) => s.id);
  return { filter: { search: tag }, ids };
}

const job = (bulkActionId: string) => bulkMerge({ bulkActionId }, {} as never);

describe("bulk merge", () => {
  it("merges every confirmed suspect as the steward, counting one decided meanwhile as failed with its reason", async () => {
    const me = await steward();
    const { filter, ids } = await plantFour();
    const { bulkActionId, total } = await startBulkMerge({ filter, minScore: 0.8, expectedCount: 3, principal: me });
    expect(total).toBe(3);
    await markNotDuplicate({ suspectId: ids[1], principal: me });
    expect(await job(bulkActionId)).toEqual({ done: 2, failed: 1 });
    const action = await prisma.bulkAction.findUniqueOrThrow({ where: { id: bulkActionId } });
    expect(action).toMatchObject({ status: "DONE", total: 3, done: 2, failed: 1, requestedBy: me.label, startedAt: expect.any(Date), finishedAt: expect.any(Date) });
    expect(action.errors).toEqual([{ suspectId: ids[1], reason: "This suspect was already decided (not duplicate)." }]);
    const statuses = await prisma.duplicateSuspect.findMany({ where: { id: { in: ids } }, select: { id: true, status: true, decidedBy: true } });
    expect(new Map(statuses.map((s) => [s.id, s.status]))).toEqual(new Map([[ids[0], "MERGED"], [ids[1], "NOT_DUPLICATE"], [ids[2], "MERGED"], [ids[3], "OPEN"]]));
    expect(statuses.find((s) => s.id === ids[0])?.decidedBy).toBe(me.label);
  });

  it("counts a suspect of a cluster folded into another by an earlier merge of the run as merged, not failed", async () => {
    const me = await steward();
    const { source } = await sourceWithToken();
    const tag = `Cl${unique()}`;
    const n = parseInt(tag.slice(2), 16);
    const home = { lastName: tag, street: `Birkenweg ${tag}`, houseNumber: "3", postalCode: String(10000 + (n % 89999)), city: `Kiel ${tag}`, phone: `+49 431 ${String(n % 10_000_000).padStart(7, "2")}`, dateOfBirth: `19${40 + (n % 50)}-0${1 + (n % 9)}-1${n % 10}`, country: "DE" };
    // Three records a steward takes for one person: each later one is proposed against every earlier one.
    const ids = await ingested(source.key, ["Anke", "Bente", "Carla"].map((firstName, i) => ({ externalId: `T-${i}`, attributes: { ...home, firstName } })));
    const filter = { search: tag };
    const { bulkActionId, total } = await startBulkMerge({ filter, minScore: 0, expectedCount: 3, principal: me });
    expect(total).toBe(3);
    expect(await job(bulkActionId)).toEqual({ done: 3, failed: 0 });
    const goldens = await prisma.sourceRecord.findMany({ where: { sourceId: source.id }, select: { goldenRecordId: true } });
    expect(new Set(goldens.map((g) => g.goldenRecordId)).size).toBe(1);
    expect(ids.size).toBe(3);
  });

  it("resumes after the last suspect recorded when retried, merging and counting none twice", async () => {
    const me = await steward();
    const { filter, ids } = await plantFour();
    const { bulkActionId } = await startBulkMerge({ filter, minScore: 0.8, expectedCount: 3, principal: me });
    await job(bulkActionId);
    await prisma.bulkAction.update({ where: { id: bulkActionId }, data: { status: "RUNNING" } });
    expect(await job(bulkActionId)).toEqual({ done: 3, failed: 0 });
    expect(await prisma.auditEvent.count({ where: { action: "suspect.merge", targetId: { in: ids } } })).toBe(3);
  });

  it("refuses a viewer, a count that changed since it was confirmed, and fails the run of a steward disabled meanwhile", async () => {
    const me = await steward();
    const { filter, ids } = await plantFour();
    await expect(startBulkMerge({ filter, minScore: 0.8, expectedCount: 3, principal: await steward("VIEWER") })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(startBulkMerge({ filter, minScore: 0.8, expectedCount: 4, principal: me })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("now holds 3 suspects"),
    });
    const { bulkActionId } = await startBulkMerge({ filter, minScore: 0.8, expectedCount: 3, principal: me });
    await prisma.user.update({ where: { id: me.id }, data: { disabledAt: new Date() } });
    expect(await job(bulkActionId)).toEqual({ done: 0, failed: 0 });
    const action = await prisma.bulkAction.findUniqueOrThrow({ where: { id: bulkActionId } });
    expect(action.status).toBe("FAILED");
    expect(action.errors).toEqual([{ reason: expect.stringContaining("account is disabled") }]);
    expect(await prisma.duplicateSuspect.count({ where: { id: { in: ids }, status: "OPEN" } })).toBe(4);
  });

  it("waits for a second person under four-eyes, then merges exactly the confirmed suspects as the requester", async () => {
    await setApprovalRule({ action: "bulk-merge", required: true, principal: await steward("ADMIN") });
    const me = await steward();
    const { filter, ids } = await plantFour();
    const submitted = await submitStewardAction(me, { kind: "bulk-merge", filter, minScore: 0.8, expectedCount: 3 });
    expect(submitted).toEqual({ requested: { id: expect.any(String) } });
    expect(await prisma.duplicateSuspect.count({ where: { id: { in: ids }, status: "OPEN" } })).toBe(4);
    const requestId = "requested" in submitted ? submitted.requested.id : "";
    const { bulkActionId } = await approveChangeRequest({ requestId, principal: await steward("APPROVER") });
    expect(await job(String(bulkActionId))).toEqual({ done: 3, failed: 0 });
    expect(await prisma.duplicateSuspect.findMany({ where: { id: { in: ids.slice(0, 3) } }, select: { decidedBy: true } })).toEqual([
      { decidedBy: me.label },
      { decidedBy: me.label },
      { decidedBy: me.label },
    ]);
  });
});
