import { describe, expect, it } from "vitest";
import { prisma } from "@/src/db";
import { sealCredentials } from "@/src/sources/source-credentials";
import { ingested } from "@/src/testing/ingested";
import { unique, userPrincipal } from "@/src/testing/fixtures";
import { LAGGING_AFTER_MS, listSourceHealth, sourceStatus } from "./list-source-health";

const now = new Date("2030-03-14T12:00:00Z");
const ago = (ms: number) => new Date(now.getTime() - ms);
const minutes = 60_000;
const days = 24 * 60 * minutes;

const connectorSource = (data: { lastSuccessAt?: Date; lastErrorAt?: Date; lastError?: string; pausedAt?: Date; pausedReason?: string; resumeAt?: Date } = {}) =>
  prisma.source.create({
    data: { key: `health-${unique()}`, name: `Health ${unique()}`, kind: "ERP", connector: "SAP", connectorConfig: { baseUrl: "http://127.0.0.1:9" }, credentials: new Uint8Array(sealCredentials({ password: "s3cret-never-shown" })), ...data },
  });

const healthOf = async (id: string) => (await listSourceHealth({ principal: userPrincipal("VIEWER"), now })).find((s) => s.id === id);

describe("a source's status", () => {
  const base = { connector: "SAP" as const, pausedAt: null, lastSuccessAt: ago(minutes), lastErrorAt: null, runStatus: null };

  it("is paused before anything else, then syncing, then failing when the last error is newer than the last success", () => {
    expect(sourceStatus({ ...base, pausedAt: ago(1), runStatus: "RUNNING", lastErrorAt: ago(0) }, now)).toBe("paused");
    expect(sourceStatus({ ...base, runStatus: "RUNNING", lastErrorAt: ago(0) }, now)).toBe("syncing");
    expect(sourceStatus({ ...base, lastErrorAt: ago(0) }, now)).toBe("failing");
    expect(sourceStatus({ ...base, lastSuccessAt: null, lastErrorAt: ago(days) }, now)).toBe("failing");
    expect(sourceStatus({ ...base, lastErrorAt: ago(2 * minutes), runStatus: "DONE" }, now)).toBe("healthy");
  });

  it("lags when a connector has not succeeded lately or ever, while a source that pushes never lags", () => {
    expect(sourceStatus({ ...base, lastSuccessAt: ago(LAGGING_AFTER_MS) }, now)).toBe("healthy");
    expect(sourceStatus({ ...base, lastSuccessAt: ago(LAGGING_AFTER_MS + 1) }, now)).toBe("lagging");
    expect(sourceStatus({ ...base, lastSuccessAt: null }, now)).toBe("lagging");
    expect(sourceStatus({ ...base, connector: null, lastSuccessAt: null }, now)).toBe("healthy");
  });
});

describe("listing sources' health", () => {
  it("gives a connector's lag, last error, pause and running sync, and its runs per UTC day, zero-filled, with nothing of its credentials", async () => {
    const source = await connectorSource({ lastSuccessAt: ago(40 * minutes), lastErrorAt: ago(30 * minutes), lastError: "HTTP 503 from the gateway", pausedAt: ago(20 * minutes), pausedReason: "Gateway maintenance", resumeAt: ago(-60 * minutes) });
    await prisma.sourceSyncRun.createMany({
      data: [
        { sourceId: source.id, kind: "INITIAL", status: "DONE", startedAt: new Date("2030-03-13T23:59:00Z"), fetched: 100, accepted: 98, rejected: 2 },
        { sourceId: source.id, kind: "INCREMENTAL", status: "FAILED", startedAt: new Date("2030-03-14T00:01:00Z"), fetched: 5, accepted: 5, rejected: 0 },
        { sourceId: source.id, kind: "INCREMENTAL", status: "DONE", startedAt: new Date("2030-03-14T11:00:00Z"), fetched: 7, accepted: 6, rejected: 1 },
        { sourceId: source.id, kind: "INCREMENTAL", status: "DONE", startedAt: new Date("2030-02-01T11:00:00Z"), fetched: 999, accepted: 999, rejected: 0 },
      ],
    });
    const health = await healthOf(source.id);
    expect(health).toMatchObject({
      status: "paused",
      lagMs: 40 * minutes,
      lastError: { message: "HTTP 503 from the gateway", at: ago(30 * minutes) },
      paused: { reason: "Gateway maintenance", at: ago(20 * minutes), resumeAt: ago(-60 * minutes) },
      running: null,
      records: { count: 0, estimated: false },
    });
    expect(health?.days).toHaveLength(14);
    expect(health?.days[0]).toEqual({ day: "2030-03-01", runs: 0, fetched: 0, accepted: 0, rejected: 0 });
    expect(health?.days.slice(-2)).toEqual([
      { day: "2030-03-13", runs: 1, fetched: 100, accepted: 98, rejected: 2 },
      { day: "2030-03-14", runs: 2, fetched: 12, accepted: 11, rejected: 1 },
    ]);
    expect(JSON.stringify(health)).not.toMatch(/credential|s3cret|connectorConfig|127\.0\.0\.1/);

    await prisma.source.update({ where: { id: source.id }, data: { pausedAt: null } });
    await prisma.sourceSyncRun.create({ data: { sourceId: source.id, kind: "CHANGES", status: "RUNNING", startedAt: ago(minutes) } });
    expect(await healthOf(source.id)).toMatchObject({ status: "syncing", running: { kind: "CHANGES", startedAt: ago(minutes) } });
  });

  it("counts a pushing source's records exactly and its batches per day, and gives it no lag", async () => {
    const key = `push-${unique()}`;
    const source = await prisma.source.create({ data: { key, name: "Push source", kind: "API" } });
    await ingested(key, [
      { externalId: "P-1", attributes: { firstName: "Ines", lastName: `Quast${unique()}` } },
      { externalId: "P-2", attributes: { firstName: "Ole", lastName: `Brink${unique()}` } },
    ]);
    const health = (await listSourceHealth({ principal: userPrincipal("VIEWER") })).find((s) => s.id === source.id);
    expect(health).toMatchObject({ status: "healthy", connector: null, lagMs: null, records: { count: 2, estimated: false } });
    expect(health?.days.at(-1)).toMatchObject({ runs: 1, fetched: 2, accepted: 2, rejected: 0 });
  });
});
