import { parse } from "csv-parse/sync";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { closeDb, prisma, sql } from "@/src/db";
import { attributeNames } from "@/src/golden/attributes";
import { readAttributes, readLineage } from "@/src/golden/read-golden-json";
import { editGoldenRecord } from "@/src/stewardship/edit-golden-record";
import { sourceWithToken, unique, userPrincipal } from "@/src/testing/fixtures";
import { ingested } from "@/src/testing/ingested";
import { closeQueues } from "@/workers/contracts";
import { exportChunks } from "./export-chunks";
import type { ExportRequest } from "./export-request";
import { writeExportFile } from "./write-export-file";

const dir = mkdtempSync(path.join(tmpdir(), "goldenhub-export-"));
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await closeQueues();
  await closeDb();
});

/** Exports to a file as the CLI does and returns its text with the row count the export reported. */
async function exported(request: ExportRequest) {
  const file = path.join(dir, `${request.what}-${unique()}.${request.format}`);
  const { rows } = await writeExportFile({ ...request, file });
  return { rows, text: readFileSync(file, "utf8") };
}

const ndjson = (text: string) => text.split("\n").slice(0, -1).map((line) => JSON.parse(line) as Record<string, unknown>);

/** An organization whose name holds what CSV must quote, pushed by a CRM, then corrected by a steward with a reason of two lines. */
async function oddCustomer() {
  const tag = unique();
  const name = `Müller, "Söhne" & Co ${tag} — 北京`;
  const { source } = await sourceWithToken({ kind: "CRM" });
  const attributes = { organizationName: name, email: `info.${tag}@mueller.example`, city: "Zürich", country: "CH" };
  const id = (await ingested(source.key, [{ externalId: "C-1", attributes }])).get("C-1")!;
  await editGoldenRecord({ goldenRecordId: id, principal: userPrincipal(), set: { phone: "+41 44 668 18 00" }, reason: 'called, said "yes",\nnew line' });
  return { id, name };
}

describe("golden and events exports", () => {
  it("write each golden record with one stable column per attribute in CSV and the whole record in NDJSON", async () => {
    const { id, name } = await oddCustomer();
    const stored = await prisma.goldenRecord.findUniqueOrThrow({ where: { id } });
    const total = await prisma.goldenRecord.count();

    const csv = await exported({ what: "golden", format: "csv" });
    const header = ["id", "displayName", "status", "version", "mergedIntoId", "sourceCount", "createdAt", "updatedAt", ...attributeNames];
    expect(csv.text.startsWith(`${header.join(",")}\r\n`)).toBe(true);
    expect(csv.text).toContain(`"Müller, ""Söhne"" & Co`);
    const rows = parse(csv.text, { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(total);
    expect(csv.rows).toBe(total);
    const values = readAttributes(stored.attributes);
    expect(values.organizationName).toContain(name.slice(0, 20));
    expect(rows.find((r) => r.id === id)).toEqual({
      ...Object.fromEntries(attributeNames.map((n) => [n, values[n] ?? ""])),
      id,
      displayName: stored.displayName,
      status: "ACTIVE",
      version: String(stored.version),
      mergedIntoId: "",
      sourceCount: "1",
      createdAt: stored.createdAt.toISOString(),
      updatedAt: stored.updatedAt.toISOString(),
    });

    const json = await exported({ what: "golden", format: "ndjson" });
    const records = ndjson(json.text);
    expect(records).toHaveLength(total);
    expect(records.find((r) => r.id === id)).toEqual({
      id,
      displayName: stored.displayName,
      status: "ACTIVE",
      version: stored.version,
      mergedIntoId: null,
      sourceCount: 1,
      createdAt: stored.createdAt.toISOString(),
      updatedAt: stored.updatedAt.toISOString(),
      attributes: values,
      lineage: readLineage(stored.lineage),
    });
  });

  it("write the outbox in sequence order with each event's version and payload", async () => {
    const { id } = await oddCustomer();
    const events = await prisma.changeEvent.findMany({ where: { goldenRecordId: id }, orderBy: { sequence: "asc" } });
    const edit = events.at(-1)!;
    expect((edit.payload as { reason: string }).reason).toContain('"yes",\nnew line');
    const total = await prisma.changeEvent.count();

    const csv = await exported({ what: "events", format: "csv" });
    expect(csv.text.startsWith("sequence,id,type,goldenRecordId,version,createdAt,payload\r\n")).toBe(true);
    const rows = parse(csv.text, { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(total);
    expect(rows.map((r) => Number(r.sequence))).toEqual(rows.map((r) => Number(r.sequence)).sort((a, b) => a - b));
    const editRow = rows.find((r) => r.id === edit.id)!;
    expect(editRow).toMatchObject({ sequence: String(edit.sequence), type: "golden.updated", goldenRecordId: id, createdAt: edit.createdAt.toISOString() });
    expect(Number(editRow.version)).toBe((edit.payload as { version: number }).version);
    expect(JSON.parse(editRow.payload)).toEqual(edit.payload);

    const json = await exported({ what: "events", format: "ndjson" });
    const lines = ndjson(json.text);
    expect(json.rows).toBe(total);
    expect(lines.filter((e) => e.goldenRecordId === id)).toEqual(
      events.map((e) => ({
        sequence: Number(e.sequence),
        id: e.id,
        type: e.type,
        goldenRecordId: id,
        version: (e.payload as { version: number }).version,
        createdAt: e.createdAt.toISOString(),
        payload: e.payload,
      })),
    );
  });

  it("yields a large export one cursor chunk at a time, every line whole, and closes the cursor of a reader that stops early", async () => {
    const { source } = await sourceWithToken({ kind: "CRM" });
    const tag = unique();
    await ingested(source.key, Array.from({ length: 150 }, (_, i) => ({ externalId: `X-${i}`, attributes: { firstName: "Ida", lastName: `Nyström${tag}${i}`, city: "Malmö", country: "SE" } })));
    const total = await prisma.goldenRecord.count();
    const chunks: string[] = [];
    const producer = exportChunks({ what: "golden", format: "ndjson", chunkRows: 50 });
    let next = await producer.next();
    for (; !next.done; next = await producer.next()) chunks.push(next.value);
    expect(next.value).toBe(total);
    expect(chunks.length).toBe(Math.ceil(total / 50));
    for (const chunk of chunks) {
      expect(chunk.endsWith("\n")).toBe(true);
      expect(chunk.split("\n").length - 1).toBeLessThanOrEqual(50);
    }
    expect(ndjson(chunks.join("")).filter((r) => String(r.displayName).includes(tag))).toHaveLength(150);

    // A reader that stops early closes the cursor and gives its connection back: more stops than the pool has connections still leave it usable.
    for (let i = 0; i < 10; i++) {
      const early = exportChunks({ what: "golden", format: "csv", chunkRows: 10 });
      await early.next();
      await early.next();
      await early.return(0);
    }
    expect(await sql`SELECT 1 AS one`).toEqual([{ one: 1 }]);
  });
});
