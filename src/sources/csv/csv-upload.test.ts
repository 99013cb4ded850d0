import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { userPrincipal } from "@/src/testing/fixtures";
import { appendCsvUploadChunk } from "./append-csv-upload-chunk";
import { createCsvUpload } from "./create-csv-upload";
import { discardCsvUpload } from "./discard-csv-upload";
import { finishCsvUpload } from "./finish-csv-upload";
import { sweepCsvUploads } from "./sweep-csv-uploads";
import { MAX_UPLOAD_BYTES } from "./upload-limits";
import { sendUpload, uploadCsv, uploader } from "./upload-fixtures";
import { readUpload, removeUpload, uploadFiles } from "./upload-store";

const made: string[] = [];
afterAll(async () => {
  await Promise.all(made.map(removeUpload));
});
const keep = <T extends { id: string }>(state: T) => (made.push(state.id), state);
const gone = (id: string) => expect(readUpload(id)).rejects.toMatchObject({ code: "NOT_FOUND" });

describe("receiving a CSV upload", () => {
  it("takes a semicolon file in pieces that split its characters, drops the BOM and previews it as the import reads it", async () => {
    const note = `Lang ${"x".repeat(600)}`;
    const text = ["\uFEFF Kd-Nr ;Vorname;Nachname;E-Mail;PLZ;Notiz", `K1;Jörg;Müller;jm@example.de;20095;${note}`, `K2;"Anna; Maria";Ødegård;;0150;`, "K3;nur;zwei", ""].join("\r\n");
    const state = keep(await uploadCsv(text, { piece: 5 }));
    expect(state).toMatchObject({ status: "ready", size: Buffer.byteLength(text), received: Buffer.byteLength(text) });
    expect(state.inspection).toMatchObject({ delimiter: ";", header: ["Kd-Nr", "Vorname", "Nachname", "E-Mail", "PLZ", "Notiz"], rows: 3, misshapen: 1 });
    const [first, second] = state.inspection!.preview;
    expect(first.slice(0, 3).map((c) => c.value)).toEqual(["K1", "Jörg", "Müller"]);
    expect(first[5]).toEqual({ value: note.slice(0, 200), length: note.length });
    expect(second[1]).toEqual({ value: "Anna; Maria", length: 11 });
    const files = uploadFiles(state.id);
    expect(existsSync(files.received)).toBe(false);
    expect(readFileSync(files.checked, "utf8").startsWith(" Kd-Nr ;")).toBe(true);
  });

  it("refuses a file that is not UTF-8, naming its line, and keeps nothing of it; as Windows-1252 it is converted", async () => {
    const bytes = Buffer.concat([Buffer.from("Id,Name\n1,Anna\n", "utf8"), Buffer.from("2,M\u00fcller\n", "latin1")]);
    const id = await sendUpload(bytes, { piece: 4 });
    await expect(finishCsvUpload({ principal: uploader, uploadId: id })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringMatching(/^customers\.csv is not UTF-8 text: line 3 holds a byte that is not UTF-8.*choosing Windows-1252/),
      issues: [{ path: "encoding", message: expect.stringContaining("line 3") }],
    });
    await gone(id);
    expect(existsSync(uploadFiles(id).dir)).toBe(false);

    const converted = keep(await uploadCsv(bytes, { encoding: "windows-1252" }));
    expect(converted.inspection!.preview[1].map((c) => c.value)).toEqual(["2", "Müller"]);
    const utf8 = Buffer.from("\uFEFFId,Name\n1,Anna\n", "utf8");
    const id2 = await sendUpload(utf8, { encoding: "windows-1252" });
    await expect(finishCsvUpload({ principal: uploader, uploadId: id2 })).rejects.toThrow(/byte-order mark, so it is UTF-8/);
    await gone(id2);
  });

  it("refuses a file the import could not finish (an unclosed quote, a header alone, nothing) and removes it", async () => {
    for (const [text, problem] of [
      ['Id,Name\n1,"Anna\n2,Ben\n', /Quote Not Closed|quote/i],
      ["Id,Name\n", /has a header but no rows/],
      ["\n\n", /is empty/],
    ] as const) {
      const id = await sendUpload(Buffer.from(text));
      await expect(finishCsvUpload({ principal: uploader, uploadId: id })).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringMatching(problem) });
      await gone(id);
    }
  });

  it("refuses, before a byte arrives, a file over the limit, a workbook, an empty file and a principal who is not an admin", async () => {
    const open = (input: object, principal = uploader) => createCsvUpload({ principal, input });
    await expect(open({ fileName: "all.csv", size: MAX_UPLOAD_BYTES + 1, type: "text/csv" })).rejects.toMatchObject({
      code: "PAYLOAD_TOO_LARGE",
      message: expect.stringMatching(/^all\.csv is larger than the 200 MB the portal takes \(209,715,201 bytes\)/),
    });
    await expect(open({ fileName: "book.xlsx", size: 10, type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" })).rejects.toThrow(/is an Excel workbook/);
    await expect(open({ fileName: "photo.png", size: 10, type: "image/png" })).rejects.toThrow(/photo\.png is image\/png, not a CSV file/);
    await expect(open({ fileName: "empty.csv", size: 0 })).rejects.toMatchObject({ code: "VALIDATION_FAILED", issues: [{ path: "size", message: expect.stringContaining("empty") }] });
    await expect(open({ fileName: "x.csv", size: 10 }, userPrincipal("STEWARD"))).rejects.toMatchObject({ code: "FORBIDDEN" });
    const { upload } = await open({ fileName: "C:\\fakepath\\Kunden\u0007.csv", size: 10 });
    keep(upload);
    expect(upload.fileName).toBe("Kunden_.csv");
  });

  it("takes each piece only where the last ended and within the size announced, and stops a workbook at its first piece", async () => {
    const { upload } = await createCsvUpload({ principal: uploader, input: { fileName: "p.csv", size: 10 } });
    keep(upload);
    const append = (offset: unknown, text: string) => appendCsvUploadChunk({ principal: uploader, uploadId: upload.id, offset, chunk: Buffer.from(text) });
    expect(await append(0, "Id,N\n")).toEqual({ received: 5, size: 10 });
    await expect(append(0, "Id,N\n")).rejects.toMatchObject({ code: "CONFLICT", issues: [{ path: "offset", message: "must be 5" }] });
    await expect(append("5x", "1,a\n")).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(append(5, "1,abcdefg\n")).rejects.toThrow(/announced as 10 bytes; this piece would make it 15/);
    await expect(finishCsvUpload({ principal: uploader, uploadId: upload.id })).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/^5 of the 10 bytes/) });

    const workbook = await createCsvUpload({ principal: uploader, input: { fileName: "w.csv", size: 10 } });
    const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 0, 0]);
    await expect(appendCsvUploadChunk({ principal: uploader, uploadId: workbook.upload.id, offset: 0, chunk: zip })).rejects.toThrow(/w\.csv is a zip archive/);
    await gone(workbook.upload.id);
  });

  it("forgets an upload when discarded, and one left alone for a day when the next upload begins", async () => {
    const ready = keep(await uploadCsv("Id,Name\n1,Anna\n"));
    await discardCsvUpload({ principal: uploader, uploadId: ready.id });
    await gone(ready.id);

    const old = keep(await uploadCsv("Id,Name\n1,Anna\n"));
    const fresh = keep(await uploadCsv("Id,Name\n1,Anna\n"));
    // Backdated by hand: the sweep runs on the real clock, so uploads of anything else running stay.
    const twoDaysAgo = new Date(Date.now() - 2 * 24 * 60 * 60 * 1000).toISOString();
    writeFileSync(uploadFiles(old.id).state, JSON.stringify({ ...old, updatedAt: twoDaysAgo }));
    expect(await sweepCsvUploads()).toBeGreaterThanOrEqual(1);
    expect((await readUpload(fresh.id)).status).toBe("ready");
    await gone(old.id);
  });
});
