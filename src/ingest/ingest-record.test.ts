import { describe, expect, it } from "vitest";
import { prisma } from "../db";
import { sourceWithToken, unique } from "../testing/fixtures";
import { defaultModel } from "../matching/model/default-model";
import { ingestRecord } from "./ingest-record";

const matching = { model: defaultModel, thresholds: { person: { auto: 0.9, review: 0.6 }, organization: { auto: 0.9, review: 0.6 } } };

describe("ingestRecord", () => {
  it("keeps one cross-reference and one golden record when two workers take in the same new record at once", async () => {
    const { source } = await sourceWithToken();
    const record = { externalId: "RACE-1", attributes: { firstName: "Zofia", lastName: `Kowalska${unique()}`, email: `z.${unique()}@example.pl` } };
    const outcomes = await Promise.all([
      ingestRecord({ source, record, matching, actor: "test" }),
      ingestRecord({ source, record, matching, actor: "test" }),
    ]);
    expect(outcomes.sort()).toEqual(["created", "unchanged"]);
    const xrefs = await prisma.sourceRecord.findMany({ where: { sourceId: source.id } });
    expect(xrefs).toHaveLength(1);
    expect(await prisma.goldenRecord.count({ where: { sourceRecords: { some: { sourceId: source.id } } } })).toBe(1);
  });
});
