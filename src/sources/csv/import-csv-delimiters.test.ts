import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "@/src/db";
import { unique } from "@/src/testing/fixtures";
import { queue } from "@/workers/contracts";
import { importCsv } from "./import-csv";

const dir = mkdtempSync(path.join(tmpdir(), "goldenhub-delimiters-"));
const leftBehind: string[] = [];
afterAll(async () => {
  await prisma.ingestBatch.deleteMany({ where: { id: { in: leftBehind } } });
  await Promise.all(leftBehind.map((id) => queue("ingest").remove(`ingest-${id}`)));
  rmSync(dir, { recursive: true, force: true });
});

async function records(batchIds: string[]) {
  leftBehind.push(...batchIds);
  const batch = await prisma.ingestBatch.findUniqueOrThrow({ where: { id: batchIds[0] } });
  return batch.records as { externalId: string; attributes: Record<string, string> }[];
}

describe("importCsv and the file's delimiter", () => {
  it("reads a semicolon file as Excel writes it, with a map given as a list whose column name holds a comma", async () => {
    const t = unique();
    const file = path.join(dir, `semicolon-${t}.csv`);
    writeFileSync(file, `\uFEFFName, first;Mail;Betrag\nAnna;anna.${t}@example.de;1,50\n`);
    const map = [
      { column: "Name, first", attribute: "firstName" },
      { column: "Mail", attribute: "email" },
    ];
    const result = await importCsv({ sourceKey: `semi-${t}`, file, map });
    expect(await records(result.batchIds)).toEqual([{ externalId: "1", attributes: { firstName: "Anna", email: `anna.${t}@example.de` } }]);
  });

  it("reads a tab-separated file with the command line's map, and a comma file as before", async () => {
    const t = unique();
    const tabs = path.join(dir, `tabs-${t}.tsv`);
    writeFileSync(tabs, `Id\tLast\tTown\nT-1\tLind${t}\tMalmö, Skåne\n`);
    const tabbed = await importCsv({ sourceKey: `tab-${t}`, file: tabs, map: "Last=lastName,Town=city", idColumn: "Id" });
    expect(await records(tabbed.batchIds)).toEqual([{ externalId: "T-1", attributes: { lastName: `Lind${t}`, city: "Malmö, Skåne" } }]);

    const commas = path.join(dir, `commas-${t}.csv`);
    writeFileSync(commas, `Id,Note;with;semicolons,Last\nC-1,a;b;c,Berg${t}\n`);
    const plain = await importCsv({ sourceKey: `comma-${t}`, file: commas, map: "Last=lastName", idColumn: "Id" });
    expect(await records(plain.batchIds)).toEqual([{ externalId: "C-1", attributes: { lastName: `Berg${t}` } }]);
  });

  it("names the file by the name it was uploaded under, not its temporary path", async () => {
    const file = path.join(dir, `named-${unique()}.csv`);
    writeFileSync(file, "First,Mail\n");
    await expect(importCsv({ sourceKey: `named-${unique()}`, file, map: "First=firstName", fileName: "Kunden März.csv" })).rejects.toThrow(
      "Kunden März.csv has a header but no rows; nothing was imported.",
    );
  });
});
