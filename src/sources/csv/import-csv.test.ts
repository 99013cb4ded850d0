import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "@/src/db";
import { env } from "@/src/env";
import { processBatch } from "@/src/ingest/process-batch";
import { unique } from "@/src/testing/fixtures";
import { queue } from "@/workers/contracts";
import { findImportBatches } from "./find-import-batches";
import { importCsv } from "./import-csv";
import { waitForBatches } from "./wait-for-batches";

const dir = mkdtempSync(path.join(tmpdir(), "goldenhub-import-"));
const csv = (name: string, text: string) => {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
};
const map = "First=firstName,Last=lastName,Mail=email,Born=dateOfBirth,Land=country,Town=city";

/** Batches a test leaves unprocessed would otherwise be matched by whichever worker runs next. */
const leftBehind: string[] = [];
afterAll(async () => {
  await prisma.ingestBatch.deleteMany({ where: { id: { in: leftBehind } } });
  await Promise.all(leftBehind.map((id) => queue("ingest").remove(`ingest-${id}`)));
  rmSync(dir, { recursive: true, force: true });
});

describe("importCsv", () => {
  it("queues rows like an API push, quarantines bad rows, fills the country and reports the outcome", async () => {
    const t = unique();
    const file = csv(
      `people-${t}.csv`,
      [
        " Id , First,Last,Mail,Born,Land,Town",
        `P-1,Greta,Lind${t},greta.${t}@example.se,19800102,SE,Malmö`,
        `P-2,  Jonas ,Berg${t},jonas.${t}@example.de,1975-03-04,,Bremen`,
        `P-3,Lars,Holm${t},lars.${t}@example.se,,,${"x".repeat(501)}`,
        `P-4,Mia,"Quote, ""Mimi""${t}",,,DK,Aarhus,surplus`,
        "",
      ].join("\r\n"),
    );
    const sourceKey = `csv-${t}`;
    const result = await importCsv({ sourceKey, file, map, idColumn: "Id", country: "de" });
    expect(result).toMatchObject({ sourceKey, rows: 4, quarantined: 2 });
    expect(result.batchIds).toHaveLength(1);
    expect(await findImportBatches({ sourceKey, since: result.startedAt.toISOString() })).toEqual(result.batchIds);
    // The CLI puts its flag name in front of the issue; cli/main.test.ts checks the line it prints.
    await expect(findImportBatches({ sourceKey, since: "yesterday" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      issues: [{ path: "since", message: expect.stringMatching(/^must be an ISO 8601 date-time/) }],
    });

    const source = await prisma.source.findUniqueOrThrow({ where: { key: sourceKey } });
    expect(source).toMatchObject({ kind: "CSV", priority: 50, name: sourceKey });
    const batch = await prisma.ingestBatch.findUniqueOrThrow({ where: { id: result.batchIds[0] } });
    expect(batch).toMatchObject({ status: "PENDING", total: 2, rejected: 2 });
    const rejected = await prisma.rejectedRecord.findMany({ where: { sourceId: source.id }, orderBy: { externalId: "asc" } });
    expect(rejected.map((r) => [r.externalId, r.batchId, JSON.stringify(r.reasons)])).toEqual([
      ["P-3", batch.id, expect.stringContaining('"path":"attributes.city"')],
      ["P-4", batch.id, expect.stringMatching(/row 4 does not have one field per header column.*line 5/)],
    ]);

    await processBatch({ batchId: batch.id, wait: true });
    const outcome = await waitForBatches({ batchIds: result.batchIds, pollMs: 50 });
    expect(outcome).toEqual({
      outcome: "done",
      counts: { rows: 4, created: 2, linked: 0, suspects: 0, suspectPairs: 0, updated: 0, unchanged: 0, stale: 0, quarantined: 2 },
      seconds: expect.any(Number),
    });
    const jonas = await prisma.sourceRecord.findUniqueOrThrow({ where: { sourceId_externalId: { sourceId: source.id, externalId: "P-2" } } });
    expect(jonas.standardized).toMatchObject({ firstName: "Jonas", country: "DE", dateOfBirth: "1975-03-04" });
    const greta = await prisma.sourceRecord.findUniqueOrThrow({ where: { sourceId_externalId: { sourceId: source.id, externalId: "P-1" } } });
    expect(greta.standardized).toMatchObject({ country: "SE", dateOfBirth: "1980-01-02" });
  });

  it("numbers rows when there is no id column and stores one batch row per INGEST_MAX_BATCH rows", async () => {
    const t = unique();
    const rows = Array.from({ length: env.INGEST_MAX_BATCH * 2 + 1 }, (_, i) => `Name${i}${t},n${i}.${t}@example.org`);
    const file = csv(`bulk-${t}.csv`, ["Last,Mail", ...rows].join("\n"));
    const result = await importCsv({ sourceKey: `bulk-${t}`, file, map: "Last=lastName,Mail=email" });
    leftBehind.push(...result.batchIds);
    const batches = await prisma.ingestBatch.findMany({ where: { id: { in: result.batchIds } }, orderBy: { createdAt: "asc" } });
    expect(batches.map((b) => b.total)).toEqual([env.INGEST_MAX_BATCH, env.INGEST_MAX_BATCH, 1]);
    const last = batches[2].records as { externalId: string; attributes: Record<string, string> }[];
    expect(last).toEqual([{ externalId: String(rows.length), attributes: { lastName: `Name${rows.length - 1}${t}`, email: `n${rows.length - 1}.${t}@example.org` } }]);
  });

  it("refuses an unknown attribute, a missing column, a missing file or a broken file and writes nothing", async () => {
    const t = unique();
    const sourceKey = `refused-${t}`;
    const file = csv(`refused-${t}.csv`, "First,Mail\nAnna,anna@example.com\n");
    await expect(importCsv({ sourceKey, file, map: "First=firstName,Mail=emial" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("unknown attribute 'emial'"),
    });
    await expect(importCsv({ sourceKey, file, map: "First=firstName,EMail=email" })).rejects.toThrow(/has no column 'EMail'; its header has: First, Mail/);
    await expect(importCsv({ sourceKey, file, map: "First=firstName", idColumn: "Id" })).rejects.toThrow(/has no column 'Id'/);
    await expect(importCsv({ sourceKey, file: path.join(dir, "missing.csv"), map: "First=firstName" })).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: expect.stringContaining("missing.csv"),
    });
    const broken = csv(`broken-${t}.csv`, 'First,Mail\nAnna,anna@example.com\n"Ben,ben@example.com\n');
    await expect(importCsv({ sourceKey, file: broken, map: "First=firstName" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(importCsv({ sourceKey, file: csv(`empty-${t}.csv`, ""), map: "First=firstName" })).rejects.toThrow(/is empty/);
    // The CLI puts its flag name in front of the issue; cli/main.test.ts checks the line it prints.
    await expect(importCsv({ sourceKey, file, map: "First=firstName", country: "XX" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      issues: [{ path: "country", message: expect.stringContaining("ISO 3166 alpha-2") }],
    });
    expect(await prisma.source.findUnique({ where: { key: sourceKey } })).toBeNull();
  });
});

describe("importCsv with corrupt text", () => {
  it("quarantines a row with a NUL, bytes that are not UTF-8 or only invisible names, and queues the good rows", async () => {
    const t = unique();
    const rows = [
      "Id,First,Last,Mail",
      `G-1,Greta,Lind${t},greta.${t}@example.se`,
      `N-1,Nu\u0000l,Lind${t},nul.${t}@example.se`,
      `I-1,\u200B\u200B,\u202E,`,
      `G-2,Jonas,Berg${t},jonas.${t}@example.de`,
    ];
    const latin1 = Buffer.from(`L-1,M\u00fcller${t},x,\n`, "latin1");
    const file = path.join(dir, `corrupt-${t}.csv`);
    writeFileSync(file, Buffer.concat([Buffer.from(rows.join("\n") + "\n", "utf8"), latin1]));
    const result = await importCsv({ sourceKey: `corrupt-${t}`, file, map: "First=firstName,Last=lastName,Mail=email", idColumn: "Id" });
    leftBehind.push(...result.batchIds);
    expect(result).toMatchObject({ rows: 5, quarantined: 3 });
    const source = await prisma.source.findUniqueOrThrow({ where: { key: `corrupt-${t}` } });
    const rejected = await prisma.rejectedRecord.findMany({ where: { sourceId: source.id }, orderBy: { externalId: "asc" } });
    expect(rejected.map((r) => [r.externalId, (r.reasons as { path: string; message: string }[])[0]])).toEqual([
      ["I-1", { path: "attributes.firstName", message: expect.stringContaining("no visible character") }],
      ["L-1", { path: "attributes.firstName", message: expect.stringContaining("not valid UTF-8") }],
      ["N-1", { path: "attributes.firstName", message: expect.stringContaining("NUL character") }],
    ]);
    expect(rejected[2].payload).toMatchObject({ attributes: { firstName: "Nu\\u0000l" } });
    const batch = await prisma.ingestBatch.findUniqueOrThrow({ where: { id: result.batchIds[0] } });
    expect((batch.records as { externalId: string }[]).map((r) => r.externalId)).toEqual(["G-1", "G-2"]);
  });

  it("refuses a file with a row longer than any customer row, naming the line", async () => {
    const t = unique();
    const file = csv(`long-${t}.csv`, `First,Mail\nAnna,anna@example.com\n"${"x".repeat(1_100_000)}\n`);
    await expect(importCsv({ sourceKey: `long-${t}`, file, map: "First=firstName" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringMatching(/row ending near line \d+ is longer than 1000000 characters; look for an unclosed quote/),
    });
  });
});

describe("waitForBatches", () => {
  it("says no worker is running instead of waiting forever, and names a failed batch", async () => {
    const t = unique();
    const file = csv(`wait-${t}.csv`, `Last,Mail\nNowak${t},nowak.${t}@example.pl\n`);
    const { batchIds } = await importCsv({ sourceKey: `wait-${t}`, file, map: "Last=lastName,Mail=email" });
    leftBehind.push(...batchIds);
    await expect(waitForBatches({ batchIds, pollMs: 50, workerGraceMs: 300 })).rejects.toThrow(
      "no worker is running: start one with `npm run worker`",
    );
    await prisma.ingestBatch.update({ where: { id: batchIds[0] }, data: { status: "FAILED", error: "database went away" } });
    expect(await waitForBatches({ batchIds, pollMs: 50 })).toMatchObject({ outcome: "failed", batchId: batchIds[0], error: "database went away" });
  });
});
