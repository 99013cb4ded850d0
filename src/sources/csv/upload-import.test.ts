import { existsSync, rmSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "@/src/db";
import { processBatch } from "@/src/ingest/process-batch";
import { unique } from "@/src/testing/fixtures";
import { queue } from "@/workers/contracts";
import { getCsvUpload } from "./get-csv-upload";
import { guessColumnMap } from "./guess-column-map";
import { runUploadImport } from "./run-upload-import";
import { startCsvUploadImport } from "./start-csv-upload-import";
import { uploadCsv, uploader } from "./upload-fixtures";
import type { UploadState } from "./upload-state";
import { readUpload, removeUpload, uploadFiles, writeUpload } from "./upload-store";

const made: string[] = [];
const batches: string[] = [];
afterAll(async () => {
  await Promise.all(made.map(removeUpload));
  await Promise.all(batches.map((id) => queue("ingest").remove(`ingest-${id}`)));
});
const keep = (state: UploadState) => (made.push(state.id), state);

describe("importing an upload", () => {
  it("stores the rows through importCsv into a new CSV source, audits the start and reports progress until matched", async () => {
    const t = unique();
    const text = [" Kd-Nr ;Vorname;Nachname;E-Mail;PLZ;Notiz", `K1-${t};Jörg;Müller${t};jm.${t}@example.de;20095;x`, `K2-${t};Anna;Berg${t};anna.${t}@example.de;10115;`, `K3-${t};nur;zwei`].join("\n");
    const ready = keep(await uploadCsv(text, { fileName: `kunden-${t}.csv` }));
    const guess = guessColumnMap(ready.inspection!.header);
    expect(guess).toEqual({ attributes: [null, "firstName", "lastName", "email", "postalCode", null], idColumn: 0 });
    const sourceKey = `upload-${t}`;
    const input = { sourceKey, newSource: true, columns: guess.attributes, idColumn: guess.idColumn, country: "de" };
    const { upload, finished } = await startCsvUploadImport({ principal: uploader, uploadId: ready.id, input });
    expect(upload).toMatchObject({ status: "storing", import: { sourceKey, startedBy: uploader.label, rowsRead: 0 } });
    await expect(startCsvUploadImport({ principal: uploader, uploadId: ready.id, input })).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("started already") });

    const stored = await finished;
    batches.push(...stored.import!.batchIds);
    expect(stored).toMatchObject({ status: "stored", import: { rowsRead: 3, quarantined: 1, batchIds: [expect.any(String)], finishedAt: expect.any(String) } });
    expect(existsSync(uploadFiles(ready.id).checked)).toBe(false);
    const source = await prisma.source.findUniqueOrThrow({ where: { key: sourceKey } });
    expect(source).toMatchObject({ kind: "CSV", name: sourceKey });
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { action: "source.import", targetId: source.id } });
    expect(audit).toMatchObject({ actor: uploader.label, data: { fileName: `kunden-${t}.csv`, rows: 3, idColumn: "Kd-Nr", country: "DE" } });

    const startedAt = Date.parse(stored.import!.startedAt);
    const waiting = await getCsvUpload({ principal: uploader, uploadId: ready.id, now: startedAt + 20_000 });
    expect(waiting.import).toMatchObject({ phase: "matching", rowsInFile: 3, rowsRead: 3, quarantined: 1, processed: 0, total: 2, batches: 1, batchesDone: 0, waitingForWorker: true, error: null });

    await processBatch({ batchId: stored.import!.batchIds[0], wait: true });
    const done = await getCsvUpload({ principal: uploader, uploadId: ready.id });
    expect(done.import).toMatchObject({ phase: "done", processed: 2, total: 2, batchesDone: 1, waitingForWorker: false, counts: { created: 2, quarantined: 1, rows: 3 } });
    const records = await prisma.sourceRecord.findMany({ where: { sourceId: source.id }, orderBy: { externalId: "asc" }, include: { goldenRecord: true } });
    expect(records.map((r) => [r.externalId, r.goldenRecord?.status])).toEqual([
      [`K1-${t}`, "ACTIVE"],
      [`K2-${t}`, "ACTIVE"],
    ]);
    expect(records[0].goldenRecord?.attributes).toMatchObject({ firstName: "Jörg", lastName: `Müller${t}`, postalCode: "20095", country: "DE" });
    const rejected = await prisma.rejectedRecord.findMany({ where: { sourceId: source.id } });
    expect(rejected.map((r) => r.externalId)).toEqual([`K3-${t}`]);
  });

  it("refuses a mapping with each problem named by its field, and writes nothing", async () => {
    const t = unique();
    const api = await prisma.source.create({ data: { key: `api-${t}`, name: "Shop API", kind: "API" } });
    const ready = keep(await uploadCsv("Id,Mail,Mail,,Name,E-Mail\n1,a@x.de,b@x.de,?,Anna,c@x.de\n"));
    const start = (input: object) => startCsvUploadImport({ principal: uploader, uploadId: ready.id, input });

    await expect(start({ sourceKey: api.key, newSource: true, columns: [null, "email", null, "city", "emial", null], idColumn: 2, country: "XX" })).rejects.toMatchObject({
      code: "VALIDATION_FAILED",
      message: expect.stringMatching(/^The import was not started: The column 'Mail' shares its name with another column.*; Column 4 has no name/),
      issues: [
        { path: "columns.1", message: expect.stringContaining("shares its name with another column of the header; rename one") },
        { path: "columns.3", message: expect.stringContaining("has no name in the file's header") },
        { path: "columns.4", message: "'emial' is not an attribute" },
        { path: "idColumn", message: expect.stringContaining("shares its name") },
        { path: "sourceKey", message: `'api-${t}' is taken by Shop API (API); choose another key` },
        { path: "country", message: "must be an ISO 3166 alpha-2 code such as DE or US" },
      ],
    });
    await expect(start({ sourceKey: api.key, newSource: false, columns: [null, null, null, null, "fullName", "fullName"], idColumn: null })).rejects.toMatchObject({
      issues: [
        { path: "columns.5", message: "fills fullName, as column 'Name' does; keep one" },
        { path: "sourceKey", message: `'api-${t}' is a source of kind API; CSV rows go into a CSV source` },
      ],
    });
    await expect(start({ sourceKey: "", newSource: true, columns: [null, null, null, null, null, null], idColumn: null })).rejects.toMatchObject({
      issues: [
        { path: "sourceKey", message: "is required" },
        { path: "columns", message: "is empty: map at least one column to an attribute" },
      ],
    });
    await expect(start({ sourceKey: `new ${t}`, newSource: true, columns: [null, null, null, null, "fullName"], idColumn: null })).rejects.toMatchObject({
      issues: [
        { path: "columns", message: "do not match the file's header; reload the page" },
        { path: "sourceKey", message: expect.stringContaining("must be 1-64 letters") },
      ],
    });
    expect((await readUpload(ready.id)).status).toBe("ready");
    expect(await prisma.source.count({ where: { key: { in: [`new ${t}`, ""] } } })).toBe(0);
  });

  it("keeps why an import stopped, and says so when a restart cut one off", async () => {
    const ready = keep(await uploadCsv("Id,Name\n1,Anna\n", { fileName: "cut.csv" }));
    const storing = await writeUpload({ ...ready, status: "storing", import: { sourceKey: `cut-${unique()}`, startedBy: uploader.label, startedAt: new Date().toISOString(), rowsRead: 0, quarantined: 0, batchIds: [] } });
    expect((await getCsvUpload({ principal: uploader, uploadId: ready.id })).import).toMatchObject({ phase: "storing" });
    const later = await getCsvUpload({ principal: uploader, uploadId: ready.id, now: Date.now() + 3 * 60 * 1000 });
    expect(later.import).toMatchObject({ phase: "interrupted", error: expect.stringMatching(/portal was restarted\. 0 rows were queued.*Upload the file again/) });

    rmSync(uploadFiles(ready.id).checked);
    const failed = await runUploadImport({ upload: storing, plan: { sourceKey: storing.import!.sourceKey, map: [{ column: "Name", attribute: "fullName" }] } });
    expect(failed).toMatchObject({ status: "failed", import: { error: "No file at cut.csv." } });
    expect((await getCsvUpload({ principal: uploader, uploadId: ready.id })).import).toMatchObject({ phase: "failed", error: "No file at cut.csv." });
  });
});
