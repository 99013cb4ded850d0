import { parse } from "csv-parse/sync";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "@/src/db";
import { processBatch } from "@/src/ingest/process-batch";
import { importCsv } from "@/src/sources/csv/import-csv";
import { mergeSuspect } from "@/src/stewardship/merge-suspect";
import { sourceWithToken, unique, userPrincipal } from "@/src/testing/fixtures";
import { ingested } from "@/src/testing/ingested";
import { writeExportFile } from "./write-export-file";

const dir = mkdtempSync(path.join(tmpdir(), "goldenhub-export-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Imports rows as a source would and matches them at once, as a worker would. */
async function load(sourceKey: string, lines: string[]) {
  const file = path.join(dir, `${sourceKey}.csv`);
  writeFileSync(file, ["Id,First,Last,Town,Zip,Land", ...lines].join("\n"));
  const { batchIds } = await importCsv({ sourceKey, file, idColumn: "Id", map: "First=firstName,Last=lastName,Town=city,Zip=postalCode,Land=country" });
  for (const batchId of batchIds) await processBatch({ batchId, wait: true });
  return prisma.source.findUniqueOrThrow({ where: { key: sourceKey } });
}

const exportSuspects = (opts: { file: string }) => writeExportFile({ what: "suspects", format: "csv", ...opts });
const exportXrefs = (opts: { file: string }) => writeExportFile({ what: "xrefs", format: "csv", ...opts });
const readCsv = (file: string) => parse(readFileSync(file, "utf8"), { columns: true }) as Record<string, string>[];

describe("exports", () => {
  it("write every suspect and every active xref, pointing merged-away records at their survivor", async () => {
    const t = unique();
    const crm = await load(`crm-${t}`, [`"C-1, ""the"" first",Robert,Smithers${t},Springfield,49001,US`]);
    const erp = await load(`erp-${t}`, [`E-1,Robert,Smihters${t},Springfield,49001,US`]);
    const [c1] = await prisma.sourceRecord.findMany({ where: { sourceId: crm.id } });
    const [e1] = await prisma.sourceRecord.findMany({ where: { sourceId: erp.id } });
    const suspect = await prisma.duplicateSuspect.findFirstOrThrow({
      where: { leftId: { in: [c1.goldenRecordId, e1.goldenRecordId] }, rightId: { in: [c1.goldenRecordId, e1.goldenRecordId] } },
    });

    const suspectsFile = path.join(dir, `suspects-${t}.csv`);
    const { rows: suspectRows } = await exportSuspects({ file: suspectsFile });
    const suspects = readCsv(suspectsFile);
    expect(suspects).toHaveLength(suspectRows);
    expect(suspects).toContainEqual({
      leftGoldenRecordId: suspect.leftId,
      rightGoldenRecordId: suspect.rightId,
      score: String(suspect.score),
      status: "OPEN",
    });

    const { survivorId } = await mergeSuspect({ suspectId: suspect.id, principal: userPrincipal() });
    const xrefsFile = path.join(dir, `xrefs-${t}.csv`);
    const { rows: xrefRows } = await exportXrefs({ file: xrefsFile });
    const text = readFileSync(xrefsFile, "utf8");
    expect(text.startsWith("source,externalId,goldenRecordId\r\n")).toBe(true);
    expect(text).toContain(`crm-${t},"C-1, ""the"" first",${survivorId}\r\n`);
    const xrefs = readCsv(xrefsFile);
    expect(xrefs).toHaveLength(xrefRows);
    expect(xrefs.filter((x) => x.source.endsWith(t))).toEqual([
      { source: `crm-${t}`, externalId: `C-1, "the" first`, goldenRecordId: survivorId },
      { source: `erp-${t}`, externalId: "E-1", goldenRecordId: survivorId },
    ]);
    await exportSuspects({ file: suspectsFile });
    expect(readCsv(suspectsFile)).toContainEqual(expect.objectContaining({ leftGoldenRecordId: suspect.leftId, status: "MERGED" }));
  });

  it("quote line breaks in CSV and write the same rows as NDJSON, one JSON object a line", async () => {
    const { source } = await sourceWithToken({ kind: "CRM" });
    const externalId = `N-1\r\nzwei, "drei" — ünïcødé ${unique()}`;
    const goldenId = (await ingested(source.key, [{ externalId, attributes: { firstName: "Åsa", lastName: `Öberg${unique()}`, country: "SE" } }])).get(externalId)!;
    const csvFile = path.join(dir, `xrefs-odd-${unique()}.csv`);
    const ndjsonFile = path.join(dir, `xrefs-odd-${unique()}.ndjson`);
    const csv = await writeExportFile({ what: "xrefs", format: "csv", file: csvFile });
    const json = await writeExportFile({ what: "xrefs", format: "ndjson", file: ndjsonFile });
    expect(readFileSync(csvFile, "utf8")).toContain(`${source.key},"${externalId.replaceAll('"', '""')}",${goldenId}\r\n`);
    expect(readCsv(csvFile).filter((x) => x.source === source.key)).toEqual([{ source: source.key, externalId, goldenRecordId: goldenId }]);
    const lines = readFileSync(ndjsonFile, "utf8").split("\n");
    expect(lines.pop()).toBe("");
    expect(lines).toHaveLength(json.rows);
    expect(json.rows).toBe(csv.rows);
    expect(lines.map((l) => JSON.parse(l)).filter((x) => x.source === source.key)).toEqual([{ source: source.key, externalId, goldenRecordId: goldenId }]);

    const suspectsFile = path.join(dir, `suspects-${unique()}.ndjson`);
    const suspects = await writeExportFile({ what: "suspects", format: "ndjson", file: suspectsFile });
    const suspectLines = readFileSync(suspectsFile, "utf8").trimEnd().split("\n").map((l) => JSON.parse(l));
    expect(suspectLines).toHaveLength(suspects.rows);
    expect(suspectLines[0]).toEqual({ leftGoldenRecordId: expect.any(String), rightGoldenRecordId: expect.any(String), score: expect.any(Number), status: expect.any(String) });
  });

  it("names the file it cannot write and leaves no partial file behind", async () => {
    const missingDir = path.join(dir, "no-such-dir", "xrefs.csv");
    await expect(exportXrefs({ file: missingDir })).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining(missingDir) });
    const aDirectory = mkdtempSync(path.join(dir, "taken-"));
    await expect(exportSuspects({ file: aDirectory })).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining(aDirectory) });
    expect(existsSync(`${aDirectory}.partial`)).toBe(false);
  });
});
