import { mkdtemp, mkdir, readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/src/db";
import { sourceWithToken } from "@/src/testing/fixtures";
import { checkMigrations } from "./check-migrations";
import { checkReadiness } from "./check-readiness";
import type { Pipeline } from "./measure-pipeline";

describe("readiness", () => {
  let batchId: string;

  beforeAll(async () => {
    const { source } = await sourceWithToken();
    const tenMinutesAgo = new Date(Date.now() - 600_000);
    batchId = (await prisma.ingestBatch.create({ data: { sourceId: source.id, records: [], total: 1, createdAt: tenMinutesAgo } })).id;
  });

  afterAll(async () => {
    if (batchId) await prisma.ingestBatch.delete({ where: { id: batchId } });
  });

  it("names the pipeline when a batch has waited past the limit and nothing moved", async () => {
    const until = Date.now() + 10_000;
    let answer = await checkReadiness({ schedulers: [], queues: [], stalledAfterMs: 2_000 });
    // Another test may have started a batch a moment ago; the limit here is two seconds.
    while (answer.pipeline.ok && Date.now() < until) {
      await new Promise((r) => setTimeout(r, 250));
      answer = await checkReadiness({ schedulers: [], queues: [], stalledAfterMs: 2_000 });
    }
    expect(answer.status).toBe("not_ready");
    expect(answer.failing).toContain("pipeline");
    expect(answer.pipeline).toMatchObject({ ok: false, stalledAfterSeconds: 2 });
    expect((answer.pipeline as Pipeline).oldestPendingBatchSeconds).toBeGreaterThanOrEqual(600);
  });

  it("finds every shipped migration applied, and names one the database lacks", async () => {
    expect(await checkMigrations()).toMatchObject({ ok: true, pending: [] });
    // A release one migration ahead of the database: the real folder's names plus one more.
    const folder = await mkdtemp(path.join(tmpdir(), "migrations-"));
    for (const name of await readdir("prisma/migrations", { withFileTypes: true })) if (name.isDirectory()) await mkdir(path.join(folder, name.name));
    await mkdir(path.join(folder, "29990101000000_not_applied_yet"));
    expect(await checkMigrations({ folder })).toMatchObject({ ok: false, pending: ["29990101000000_not_applied_yet"] });
    await expect(checkMigrations({ folder: path.join(folder, "missing") })).rejects.toThrow(/cannot read the migrations folder/);
  });
});
