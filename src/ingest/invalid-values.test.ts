import { describe, expect, it } from "vitest";
import type { Principal } from "@/src/auth/principal";
import { prisma } from "@/src/db";
import { loadGoldenRecord } from "@/src/golden/load-golden-record";
import { sourceWithToken, unique } from "@/src/testing/fixtures";
import { acceptBatch } from "./accept-batch";
import { processBatch } from "./process-batch";

const admin: Principal = { kind: "user", id: "test", label: "test", role: "ADMIN", sourceId: null };

async function ingest(sourceKey: string, records: { externalId: string; attributes: Record<string, string> }[]) {
  const { batchId, rejected } = await acceptBatch({ sourceKey, principal: admin, body: { records } });
  expect(rejected).toEqual([]);
  await processBatch({ batchId, wait: true });
}

describe("ingest of invalid values", () => {
  it("drops each invalid value from the standardized record with a warning, keeps it raw, and leaves valid values untouched", async () => {
    const { source } = await sourceWithToken();
    const t = unique();
    const name = { firstName: "Greta", lastName: `Lind${t}` };
    const bad = { ...name, email: "not an email", dateOfBirth: "31/02/1990", country: "Narnia", phone: "+46 12", city: "Malmö" };
    const future = { firstName: "Nils", lastName: `Berg${t}`, dateOfBirth: "2999-01-01", phone: "12-3", country: "US", email: `nils.${t}@example.se` };
    const good = { firstName: "Mia", lastName: `Holm${t}`, dateOfBirth: "1980-01-02", country: "SE", phone: "070-123 45 67", email: `mia.${t}@example.se` };
    await ingest(source.key, [
      { externalId: "BAD", attributes: bad },
      { externalId: "FUTURE", attributes: future },
      { externalId: "GOOD", attributes: good },
    ]);
    const row = (externalId: string) => prisma.sourceRecord.findUniqueOrThrow({ where: { sourceId_externalId: { sourceId: source.id, externalId } } });

    const badRow = await row("BAD");
    expect(badRow.raw).toEqual(bad);
    expect(badRow.standardized).toEqual({ ...name, city: "Malmö" });
    expect(badRow.email).toBeNull();
    expect(badRow.warnings).toEqual([
      { attribute: "country", value: "Narnia", problem: expect.stringContaining("ISO 3166") },
      { attribute: "email", value: "not an email", problem: "is not an email address: it has no @" },
      { attribute: "dateOfBirth", value: "31/02/1990", problem: "is not a real calendar date" },
      { attribute: "phone", value: "+46 12", problem: "is not a possible international phone number" },
    ]);
    const futureRow = await row("FUTURE");
    expect(futureRow.standardized).toEqual({ firstName: "Nils", lastName: `Berg${t}`, country: "US", email: `nils.${t}@example.se` });
    expect(futureRow.warnings).toEqual([
      { attribute: "dateOfBirth", value: "2999-01-01", problem: "lies in the future" },
      { attribute: "phone", value: "12-3", problem: "is not a possible phone number in US" },
    ]);
    const goodRow = await row("GOOD");
    expect(goodRow.standardized).toEqual({ ...good, dateOfBirth: "1980-01-02", phone: "+46701234567" });
    expect(goodRow.warnings).toEqual([]);

    const detail = await loadGoldenRecord({ id: badRow.goldenRecordId });
    expect(detail.xrefs.find((x) => x.externalId === "BAD")?.warnings.map((w) => w.attribute)).toEqual(["country", "email", "dateOfBirth", "phone"]);
    expect(detail.attributes.map((a) => a.name)).not.toContain("email");
  });

  it("keeps a record whose name is invisible when its email says who it is, and clears warnings once the source fixes the value", async () => {
    const { source } = await sourceWithToken();
    const t = unique();
    const email = `anon.${t}@example.org`;
    await ingest(source.key, [{ externalId: "ANON", attributes: { firstName: "\u200B\u200B", lastName: `Ek${t}`, email: "anon at example" } }]);
    const first = await prisma.sourceRecord.findUniqueOrThrow({ where: { sourceId_externalId: { sourceId: source.id, externalId: "ANON" } } });
    expect(first.standardized).toEqual({ lastName: `Ek${t}` });
    expect(first.warnings).toEqual([
      { attribute: "firstName", value: "\u200B\u200B", problem: "has no visible character" },
      { attribute: "email", value: "anon at example", problem: "is not an email address: it has no @" },
    ]);

    await ingest(source.key, [{ externalId: "ANON", attributes: { firstName: "Anna", lastName: `Ek${t}`, email } }]);
    const fixed = await prisma.sourceRecord.findUniqueOrThrow({ where: { id: first.id } });
    expect(fixed).toMatchObject({ standardized: { firstName: "Anna", lastName: `Ek${t}`, email }, warnings: [], email });
  });
});
