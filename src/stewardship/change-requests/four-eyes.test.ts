import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { closeDb, prisma } from "@/src/db";
import { sourceWithToken, unique, userPrincipal } from "@/src/testing/fixtures";
import { ingested } from "@/src/testing/ingested";
import { closeQueues } from "@/workers/contracts";
import { setApprovalRule } from "./approval-rules";
import { approveChangeRequest, rejectChangeRequest } from "./decide-change-request";
import { submitStewardAction } from "./submit-steward-action";

const admin = userPrincipal("ADMIN", "user:admin@example.com");

/** A real user, because an approval acts as the requester and the requester's role is read again. */
async function user(role: "STEWARD" | "APPROVER") {
  const email = `${role.toLowerCase()}.${unique()}@example.com`;
  const u = await prisma.user.create({ data: { email, name: email, role } });
  return { kind: "user" as const, id: u.id, label: `user:${email}`, role, sourceId: null };
}

async function customer() {
  const { source } = await sourceWithToken({ kind: "CRM" });
  return (await ingested(source.key, [{ externalId: "1", attributes: { firstName: "Tove", lastName: `Sand${unique()}`, city: "Bergen" } }])).get("1")!;
}

const golden = (id: string) => prisma.goldenRecord.findUniqueOrThrow({ where: { id } });

afterAll(async () => {
  await setApprovalRule({ action: "edit", required: false, principal: admin });
  await setApprovalRule({ action: "rules", required: false, principal: admin });
  await closeQueues();
  await closeDb();
});

describe("four-eyes approval of edits", () => {
  beforeEach(async () => {
    await setApprovalRule({ action: "edit", required: true, principal: admin });
  });

  it("keeps an edit as a request until a second person approves it; then it runs as the requester, and both are audited", async () => {
    const goldenId = await customer();
    const steward = await user("STEWARD");
    const approver = await user("APPROVER");
    const submitted = await submitStewardAction(steward, { kind: "edit", goldenRecordId: goldenId, expectedVersion: 1, set: { city: "Oslo" }, reason: "moved" });
    expect(submitted).toEqual({ requested: { id: expect.any(String) } });
    const requestId = "requested" in submitted ? submitted.requested.id : "";
    expect((await golden(goldenId)).version).toBe(1);
    expect(await prisma.changeRequest.findUniqueOrThrow({ where: { id: requestId } })).toMatchObject({ status: "PENDING", requestedBy: steward.label, summary: "Correct city → “Oslo”: moved" });

    await expect(approveChangeRequest({ requestId, principal: steward })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const token = { kind: "token" as const, id: "token-of-an-approver", label: "token:ops", role: "ADMIN" as const, sourceId: null };
    await expect(approveChangeRequest({ requestId, principal: token })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await approveChangeRequest({ requestId, principal: approver, reason: "checked with the customer" });

    const g = await golden(goldenId);
    expect(g).toMatchObject({ version: 2, attributes: expect.objectContaining({ city: "Oslo" }) });
    expect(await prisma.goldenRecordVersion.findFirstOrThrow({ where: { goldenRecordId: goldenId, version: 2 } })).toMatchObject({ actor: steward.label });
    expect(await prisma.changeRequest.findUniqueOrThrow({ where: { id: requestId } })).toMatchObject({ status: "APPROVED", decidedBy: approver.label, decisionReason: "checked with the customer" });
    // The approval and the edit it runs are logged in one transaction, at one time: compared in order of action.
    const audited = await prisma.auditEvent.findMany({ where: { OR: [{ targetId: requestId }, { targetId: goldenId, action: "golden.edit" }] }, select: { action: true, actor: true } });
    expect(audited.sort((a, b) => a.action.localeCompare(b.action))).toEqual([
      { action: "golden.edit", actor: steward.label },
      { action: "request.approve", actor: approver.label },
      { action: "request.create", actor: steward.label },
    ]);
    await expect(rejectChangeRequest({ requestId, principal: approver, reason: "late" })).rejects.toMatchObject({ code: "CONFLICT", message: `This request was already approved by ${approver.label}.` });
  });

  it("refuses at once a request that would fail, and an approval of a record changed since, which can then be rejected", async () => {
    const goldenId = await customer();
    const steward = await user("STEWARD");
    const approver = await user("APPROVER");
    await expect(submitStewardAction(steward, { kind: "edit", goldenRecordId: goldenId, set: { email: "nope" }, reason: "x" })).rejects.toMatchObject({ code: "VALIDATION_FAILED" });
    expect(await prisma.changeRequest.count({ where: { targetId: goldenId } })).toBe(0);

    const first = await submitStewardAction(steward, { kind: "edit", goldenRecordId: goldenId, expectedVersion: 1, set: { city: "Oslo" }, reason: "moved" });
    const second = await submitStewardAction(steward, { kind: "edit", goldenRecordId: goldenId, expectedVersion: 1, set: { city: "Tromsø" }, reason: "moved again" });
    const id = (s: typeof first) => ("requested" in s ? s.requested.id : "");
    await approveChangeRequest({ requestId: id(first), principal: approver });
    await expect(approveChangeRequest({ requestId: id(second), principal: approver })).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/you saw 1/) });
    expect(await prisma.changeRequest.findUniqueOrThrow({ where: { id: id(second) } })).toMatchObject({ status: "PENDING" });
    await rejectChangeRequest({ requestId: id(second), principal: approver, reason: "superseded" });
    expect(await prisma.changeRequest.findUniqueOrThrow({ where: { id: id(second) } })).toMatchObject({ status: "REJECTED", decisionReason: "superseded" });
    expect(((await golden(goldenId)).attributes as Record<string, string>).city).toBe("Oslo");
  });

  it("does an action at once where no approval is required", async () => {
    await setApprovalRule({ action: "edit", required: false, principal: admin });
    const goldenId = await customer();
    expect(await submitStewardAction(await user("STEWARD"), { kind: "edit", goldenRecordId: goldenId, set: { city: "Oslo" }, reason: "moved" })).toEqual({ done: { version: 2 } });
  });

  it("holds a survivorship rules change for a second admin, then saves it as the requester and starts the recompute", async () => {
    await setApprovalRule({ action: "rules", required: true, principal: admin });
    const asker = { ...(await user("STEWARD")), role: "ADMIN" as const };
    await prisma.user.update({ where: { id: asker.id }, data: { role: "ADMIN" } });
    // A listed source no record comes from leaves every golden value as it is, so tests running beside this one are unaffected.
    const rules = { email: { strategy: "source-priority", sourceOrder: [`no-such-source-${unique()}`] } };
    const submitted = await submitStewardAction(asker, { kind: "rules", rules, note: "four-eyes test" });
    const requestId = "requested" in submitted ? submitted.requested.id : "";
    expect(await prisma.changeRequest.findUniqueOrThrow({ where: { id: requestId } })).toMatchObject({ action: "rules", summary: "Change survivorship rules (email → source-priority): four-eyes test" });
    const result = await approveChangeRequest({ requestId, principal: await user("APPROVER") });
    expect(await prisma.survivorshipRuleSet.findFirstOrThrow({ where: { status: "ACTIVE" } })).toMatchObject({ version: result.version, createdBy: asker.label, rules });
    expect(await prisma.bulkAction.findUniqueOrThrow({ where: { id: result.bulkActionId as string } })).toMatchObject({ kind: "survivorship.recompute" });
  });

  it("lets only admins change which actions need approval", async () => {
    await expect(setApprovalRule({ action: "merge", required: true, principal: userPrincipal("APPROVER") })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
