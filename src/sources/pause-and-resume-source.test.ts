import { describe, expect, it } from "vitest";
import { prisma } from "@/src/db";
import { unique, userPrincipal } from "@/src/testing/fixtures";
import { pauseSource } from "./pause-source";
import { resumeSource } from "./resume-source";

const connectorSource = (data: { pausedAt?: Date; pausedReason?: string; resumeAt?: Date } = {}) =>
  prisma.source.create({ data: { key: `pause-${unique()}`, name: "Pausable", kind: "CRM", connector: "SALESFORCE", ...data } });

describe("pausing and resuming a source", () => {
  it("pauses with a reason and resumes, each once, and the audit log keeps who did it from what to what", async () => {
    const admin = userPrincipal("ADMIN", `user:${unique()}@test`);
    const source = await connectorSource();
    expect(await pauseSource({ principal: admin, sourceId: source.id, reason: "  Quarter-end freeze  " })).toEqual({ changed: true });
    expect(await pauseSource({ principal: admin, sourceId: source.id, reason: "Quarter-end freeze" })).toEqual({ changed: false });
    const paused = await prisma.source.findUniqueOrThrow({ where: { id: source.id } });
    expect(paused).toMatchObject({ pausedReason: "Quarter-end freeze", resumeAt: null });
    expect(paused.pausedAt).toBeInstanceOf(Date);

    expect(await resumeSource({ principal: admin, sourceId: source.id })).toEqual({ changed: true });
    expect(await resumeSource({ principal: admin, sourceId: source.id })).toEqual({ changed: false });
    expect(await prisma.source.findUniqueOrThrow({ where: { id: source.id } })).toMatchObject({ pausedAt: null, pausedReason: null, resumeAt: null });

    const audit = await prisma.auditEvent.findMany({ where: { targetId: source.id }, orderBy: { createdAt: "asc" } });
    expect(audit.map((a) => [a.actor, a.action])).toEqual([
      [admin.label, "source.pause"],
      [admin.label, "source.resume"],
    ]);
    expect(audit[0].data).toMatchObject({ key: source.key, before: { pausedAt: null }, after: { pausedReason: "Quarter-end freeze", resumeAt: null } });
    expect(audit[1].data).toMatchObject({ before: { pausedReason: "Quarter-end freeze" }, after: { pausedAt: null } });
  });

  it("turns the hub's own pause (a request limit) into an admin's, which no longer ends by itself", async () => {
    const resumeAt = new Date(Date.now() + 3_600_000);
    const source = await connectorSource({ pausedAt: new Date(), pausedReason: "REQUEST_LIMIT_EXCEEDED until the next window", resumeAt });
    await pauseSource({ principal: userPrincipal("ADMIN"), sourceId: source.id, reason: "Waiting for a bigger API allowance" });
    expect(await prisma.source.findUniqueOrThrow({ where: { id: source.id } })).toMatchObject({ pausedAt: source.pausedAt, pausedReason: "Waiting for a bigger API allowance", resumeAt: null });
  });

  it("refuses non-admins, a missing or overlong reason naming the field, unknown sources and sources that push", async () => {
    const source = await connectorSource();
    const admin = userPrincipal("ADMIN");
    await expect(pauseSource({ principal: userPrincipal("STEWARD"), sourceId: source.id, reason: "x" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(resumeSource({ principal: userPrincipal("APPROVER"), sourceId: source.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(pauseSource({ principal: admin, sourceId: source.id, reason: "   " })).rejects.toMatchObject({ code: "VALIDATION_FAILED", issues: [{ path: "reason" }] });
    await expect(pauseSource({ principal: admin, sourceId: source.id, reason: undefined })).rejects.toMatchObject({ code: "VALIDATION_FAILED", issues: [{ path: "reason" }] });
    await expect(pauseSource({ principal: admin, sourceId: source.id, reason: "x".repeat(201) })).rejects.toMatchObject({ issues: [{ path: "reason", message: expect.stringContaining("200") }] });
    await expect(pauseSource({ principal: admin, sourceId: source.id, reason: "two\nlines" })).rejects.toMatchObject({ issues: [{ path: "reason" }] });
    expect(await pauseSource({ principal: admin, sourceId: source.id, reason: "x".repeat(200) })).toEqual({ changed: true });
    await expect(pauseSource({ principal: admin, sourceId: "no'such", reason: "x" })).rejects.toMatchObject({ issues: [{ path: "sourceId" }] });
    await expect(resumeSource({ principal: admin, sourceId: "missing-source" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const push = await prisma.source.create({ data: { key: `push-${unique()}`, name: "Push", kind: "CSV" } });
    await expect(pauseSource({ principal: admin, sourceId: push.id, reason: "x" })).rejects.toMatchObject({ code: "CONFLICT" });
  });
});
