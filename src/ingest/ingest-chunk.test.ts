import { systemPrincipal } from "@/src/auth/principal";
import { describe, expect, it } from "vitest";
import { prisma, sql } from "@/src/db";
import { writeGoldenRecords } from "@/src/golden/golden-writer";
import { findCandidatesForMany } from "@/src/matching/blocking/find-candidates";
import { defaultModel } from "@/src/matching/model/default-model";
import { sourceWithToken, unique } from "@/src/testing/fixtures";
import { ingestChunk } from "./ingest-chunk";
import { planChunk } from "./plan-chunk";
import { prepareRecord } from "./prepare-record";
import { writeChunk } from "./write-chunk";

const matching = { model: defaultModel, thresholds: { person: { auto: 0.9, review: 0.6, sameSource: 0.9999 }, organization: { auto: 0.9, review: 0.6, sameSource: 0.9999 } } };

/** A customer no other test shares a name, phone, birthday or address with. */
function person() {
  const t = unique();
  const n = parseInt(t, 16);
  return {
    firstName: "Zofia",
    lastName: `Kowalska ${t}`,
    email: `z.${t}@example.pl`,
    phone: `+48 601 ${String(n % 1_000_000).padStart(6, "0")}`,
    dateOfBirth: `19${50 + (n % 40)}-0${1 + (n % 9)}-1${n % 10}`,
    street: `ul. Długa ${t}`,
    houseNumber: String(1 + (n % 90)),
    postalCode: `${String(n % 100).padStart(2, "0")}-${String(n % 1000).padStart(3, "0")}`,
    city: `Miasto ${t}`,
    country: "PL",
  };
}

const goldenOf = async (sourceId: string, externalId: string) =>
  (await prisma.sourceRecord.findUniqueOrThrow({ where: { sourceId_externalId: { sourceId, externalId } } })).goldenRecordId;

describe("ingestChunk", () => {
  it("keeps one cross-reference and one golden record when two workers take in the same new record at once", async () => {
    const { source } = await sourceWithToken();
    const records = [{ externalId: "RACE-1", attributes: person() }];
    const outcomes = await Promise.all([
      ingestChunk({ source, records, matching, principal: systemPrincipal("test") }),
      ingestChunk({ source, records, matching, principal: systemPrincipal("test") }),
    ]);
    expect(outcomes.flat().sort()).toEqual(["created", "unchanged"]);
    expect(await prisma.sourceRecord.count({ where: { sourceId: source.id } })).toBe(1);
    expect(await prisma.goldenRecord.count({ where: { sourceRecords: { some: { sourceId: source.id } } } })).toBe(1);
  });

  it("matches records of one chunk against each other: a copy joins, a twin goes to a steward", async () => {
    const { source } = await sourceWithToken();
    const zofia = person();
    const outcomes = await ingestChunk({
      source,
      records: [
        { externalId: "C-1", attributes: zofia },
        { externalId: "C-2", attributes: { ...zofia } },
        { externalId: "C-3", attributes: { ...zofia, firstName: "Weronika", email: `weronika.${zofia.email}` } },
      ],
      matching,
      principal: systemPrincipal("test"),
    });
    expect(outcomes).toEqual(["created", "linked", "suspect"]);
    const [one, two, twin] = await Promise.all(["C-1", "C-2", "C-3"].map((id) => goldenOf(source.id, id)));
    expect(two).toBe(one);
    const golden = await prisma.goldenRecord.findUniqueOrThrow({ where: { id: one }, include: { versions: true, events: true } });
    expect(golden.version).toBe(1);
    expect(golden.versions.map((v) => v.version)).toEqual([1]);
    expect(golden.events.map((e) => e.type)).toEqual(["golden.created"]);
    const suspect = await prisma.duplicateSuspect.findFirstOrThrow({ where: { OR: [{ leftId: one, rightId: twin }, { leftId: twin, rightId: one }] } });
    expect(suspect.status).toBe("OPEN");
  });

  it("links a record to a stored golden record with a new version, its event and lineage", async () => {
    const crm = (await sourceWithToken({ priority: 70 })).source;
    const erp = (await sourceWithToken({ priority: 60 })).source;
    const zofia = person();
    await ingestChunk({ source: crm, records: [{ externalId: "CRM-1", attributes: zofia }], matching, principal: systemPrincipal("test") });
    const later = { ...zofia, lastName: zofia.lastName.toUpperCase(), phone: undefined, taxId: "PL5260250274" };
    expect(await ingestChunk({ source: erp, records: [{ externalId: "ERP-1", attributes: later }], matching, principal: systemPrincipal("test") })).toEqual(["linked"]);

    const id = await goldenOf(crm.id, "CRM-1");
    expect(await goldenOf(erp.id, "ERP-1")).toBe(id);
    const golden = await prisma.goldenRecord.findUniqueOrThrow({ where: { id }, include: { versions: { orderBy: { version: "asc" } }, events: true } });
    expect(golden.version).toBe(2);
    expect(golden.versions[1].reason).toMatch(new RegExp(`^matched ${erp.key}/ERP-1 \\(score (0\\.9\\d+|1\\.000)\\)$`));
    expect(golden.events.map((e) => e.type).sort()).toEqual(["golden.created", "golden.updated"]);
    expect(golden.attributes).toMatchObject({ lastName: zofia.lastName, taxId: "PL5260250274" });
    expect(golden.lineage).toMatchObject({ lastName: { source: crm.key }, taxId: { source: erp.key, externalId: "ERP-1" } });
  });

  it("applies an edited record to its golden record and treats an unchanged resend as a no-op", async () => {
    const { source } = await sourceWithToken();
    const zofia = person();
    await ingestChunk({ source, records: [{ externalId: "E-1", attributes: zofia }], matching, principal: systemPrincipal("test") });
    const moved = { ...zofia, city: "Kraków", postalCode: "31-042", street: "Rynek Główny", houseNumber: "1" };
    expect(await ingestChunk({ source, records: [{ externalId: "E-1", attributes: moved }], matching, principal: systemPrincipal("test") })).toEqual(["updated"]);
    expect(await ingestChunk({ source, records: [{ externalId: "E-1", attributes: moved }], matching, principal: systemPrincipal("test") })).toEqual(["unchanged"]);
    const golden = await prisma.goldenRecord.findUniqueOrThrow({ where: { id: await goldenOf(source.id, "E-1") } });
    expect(golden).toMatchObject({ version: 2, attributes: expect.objectContaining({ city: "Kraków", postalCode: "31-042" }) });
  });

  it("follows a merge a steward made while the chunk was being matched", async () => {
    const { source } = await sourceWithToken();
    const other = (await sourceWithToken()).source;
    const zofia = person();
    await ingestChunk({ source, records: [{ externalId: "M-1", attributes: zofia }], matching, principal: systemPrincipal("test") });
    await ingestChunk({ source: other, records: [{ externalId: "M-2", attributes: { ...zofia, firstName: "Zosia", email: undefined } }], matching: { ...matching, thresholds: { person: { auto: 2, review: 2, sameSource: 2 }, organization: { auto: 2, review: 2, sameSource: 2 } } }, principal: systemPrincipal("test") });
    const [first, second] = [await goldenOf(source.id, "M-1"), await goldenOf(other.id, "M-2")];

    const records = [prepareRecord({ externalId: "M-3", attributes: { ...zofia } })];
    const candidates = await findCandidatesForMany(records.map((r) => r.standardized));
    const third = (await sourceWithToken()).source;
    const plan = planChunk({ source: third, records, existing: new Map(), candidates, matching });
    expect(plan.outcomes).toEqual(["linked"]);
    const { survivorId } = await writeGoldenRecords(systemPrincipal("test"), (golden) => golden.merge({ aId: first, bId: second, reason: "same person" }));
    await sql.begin((tx) => writeChunk(tx, { source: third, plan, principal: systemPrincipal("test") }));
    expect(await goldenOf(third.id, "M-3")).toBe(survivorId);
    expect(await prisma.goldenRecord.findUniqueOrThrow({ where: { id: survivorId } })).toMatchObject({ status: "ACTIVE", version: 3 });
  });

  it("sees a duplicate another worker stored while this chunk was looking up its candidates", async () => {
    const crm = (await sourceWithToken()).source;
    const erp = (await sourceWithToken()).source;
    const zofia = person();
    let pending: Promise<string[]> | undefined;
    await sql.begin(async (tx) => {
      await tx`SELECT pg_advisory_xact_lock(${0x60_1d_e0_b0})`;
      pending = ingestChunk({ source: erp, records: [{ externalId: "LATE-1", attributes: { ...zofia } }], matching, principal: systemPrincipal("test") });
      await expect.poll(async () => (await sql`SELECT 1 FROM pg_stat_activity WHERE wait_event = 'advisory'`).length, { timeout: 5000 }).toBe(1);
      const records = [prepareRecord({ externalId: "EARLY-1", attributes: zofia })];
      const plan = planChunk({ source: crm, records, existing: new Map(), candidates: [[]], matching });
      await writeChunk(tx, { source: crm, plan, principal: systemPrincipal("test") });
    });
    expect(await pending).toEqual(["linked"]);
    expect(await goldenOf(erp.id, "LATE-1")).toBe(await goldenOf(crm.id, "EARLY-1"));
  });

  it("scores a new record against an edit made earlier in the same chunk, not against the stored version", async () => {
    const { source } = await sourceWithToken();
    const before = person();
    await ingestChunk({ source, records: [{ externalId: "OLD-1", attributes: before }], matching, principal: systemPrincipal("test") });
    const { email, phone, street, houseNumber, city, postalCode } = person();
    const after = { ...before, email, phone, street, houseNumber, city, postalCode };
    const outcomes = await ingestChunk({
      source,
      records: [
        { externalId: "OLD-1", attributes: after },
        { externalId: "NEW-1", attributes: { ...after } },
      ],
      matching,
      principal: systemPrincipal("test"),
    });
    expect(outcomes).toEqual(["updated", "linked"]);
    expect(await goldenOf(source.id, "NEW-1")).toBe(await goldenOf(source.id, "OLD-1"));
  });
});
