import { afterAll, describe, expect, it } from "vitest";
import type { Principal } from "@/src/auth/principal";
import { closeDb, prisma } from "@/src/db";
import { plantSuspects } from "@/src/testing/planted-suspects";
import { unique } from "@/src/testing/fixtures";
import { closeQueues } from "@/workers/contracts";
import { assignSuspect } from "./assign-suspect";
import { deferSuspect } from "./defer-suspect";
import { markNotDuplicate } from "./mark-not-duplicate";
import { releaseSuspect } from "./release-suspect";

afterAll(async () => {
  await closeQueues();
  await closeDb();
});

/** A real user row and the principal they act as. */
async function user(role: Principal["role"], name = "Tess Tester"): Promise<Principal> {
  const email = `assign-${unique()}@example.com`;
  const row = await prisma.user.create({ data: { email, name, role } });
  return { kind: "user", id: row.id, label: `user:${email}`, role, sourceId: null };
}

const oneSuspect = async () => (await plantSuspects([{ left: { firstName: "Ida", lastName: "Lind" }, right: { firstName: "Ida", lastName: "Lindh" }, score: 0.6 }]))[0].id;
const audited = (targetId: string) => prisma.auditEvent.findMany({ where: { targetId }, orderBy: { createdAt: "asc" }, select: { action: true, actor: true, data: true } });

describe("assigning suspects", () => {
  it("lets a steward take a suspect, hand it to another steward and release it, each audited", async () => {
    const me = await user("STEWARD");
    const colleague = await user("APPROVER", "Cole League");
    const suspectId = await oneSuspect();
    await assignSuspect({ suspectId, principal: me });
    expect(await prisma.duplicateSuspect.findUniqueOrThrow({ where: { id: suspectId } })).toMatchObject({ assigneeId: me.id, assignedAt: expect.any(Date) });
    await assignSuspect({ suspectId, principal: me, assigneeId: colleague.id });
    await releaseSuspect({ suspectId, principal: me });
    expect(await prisma.duplicateSuspect.findUniqueOrThrow({ where: { id: suspectId } })).toMatchObject({ assigneeId: null, assignedAt: null });
    await releaseSuspect({ suspectId, principal: me });
    expect(await audited(suspectId)).toEqual([
      { action: "suspect.assign", actor: me.label, data: { before: { assigneeId: null }, after: { assigneeId: me.id } } },
      { action: "suspect.assign", actor: me.label, data: { before: { assigneeId: me.id }, after: { assigneeId: colleague.id } } },
      { action: "suspect.release", actor: me.label, data: { before: { assigneeId: colleague.id }, after: { assigneeId: null } } },
    ]);
  });

  it("refuses a viewer, a viewer or disabled user as assignee, and a suspect no longer open", async () => {
    const me = await user("STEWARD");
    const viewer = await user("VIEWER");
    const suspectId = await oneSuspect();
    await expect(assignSuspect({ suspectId, principal: viewer })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(releaseSuspect({ suspectId, principal: viewer })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(deferSuspect({ suspectId, principal: viewer, until: new Date(Date.now() + 60_000) })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(assignSuspect({ suspectId, principal: me, assigneeId: viewer.id })).rejects.toMatchObject({ code: "VALIDATION_FAILED", message: expect.stringContaining("is a viewer") });
    const gone = await user("STEWARD");
    await prisma.user.update({ where: { id: gone.id }, data: { disabledAt: new Date() } });
    await expect(assignSuspect({ suspectId, principal: me, assigneeId: gone.id })).rejects.toMatchObject({ code: "VALIDATION_FAILED", message: expect.stringContaining("is disabled") });
    await markNotDuplicate({ suspectId, principal: me });
    const decided = { code: "CONFLICT", message: expect.stringMatching(/already decided \(not duplicate\); only open suspects can be/) };
    await expect(assignSuspect({ suspectId, principal: me })).rejects.toMatchObject(decided);
    await expect(deferSuspect({ suspectId, principal: me, until: new Date(Date.now() + 60_000) })).rejects.toMatchObject(decided);
    await expect(assignSuspect({ suspectId: "no-such-suspect", principal: me })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await audited(suspectId)).map((e) => e.action)).toEqual(["suspect.not-duplicate"]);
  });
});

describe("deferring suspects", () => {
  it("puts a suspect off until a future time with a reason, and brings it back", async () => {
    const me = await user("STEWARD");
    const suspectId = await oneSuspect();
    const until = new Date(Date.now() + 3 * 86_400_000);
    await expect(deferSuspect({ suspectId, principal: me, until: new Date(Date.now() - 1000) })).rejects.toMatchObject({ code: "VALIDATION_FAILED" });
    await expect(deferSuspect({ suspectId, principal: me, until: new Date(Date.now() + 400 * 86_400_000) })).rejects.toMatchObject({ code: "VALIDATION_FAILED" });
    await deferSuspect({ suspectId, principal: me, until, reason: "waiting for the customer's call" });
    expect((await prisma.duplicateSuspect.findUniqueOrThrow({ where: { id: suspectId } })).deferredUntil).toEqual(until);
    await deferSuspect({ suspectId, principal: me, until: null });
    expect((await prisma.duplicateSuspect.findUniqueOrThrow({ where: { id: suspectId } })).deferredUntil).toBeNull();
    expect(await audited(suspectId)).toEqual([
      { action: "suspect.defer", actor: me.label, data: { reason: "waiting for the customer's call", before: { deferredUntil: null }, after: { deferredUntil: until.toISOString() } } },
      { action: "suspect.resume", actor: me.label, data: { before: { deferredUntil: until.toISOString() }, after: { deferredUntil: null } } },
    ]);
  });
});
