import { describe, expect, it } from "vitest";
import { systemPrincipal } from "@/src/auth/principal";
import { prisma } from "@/src/db";
import { defaultModel } from "@/src/matching/model/default-model";
import { sourceWithToken, unique } from "@/src/testing/fixtures";
import { ingestChunk } from "./ingest-chunk";

const band = { auto: 0.9, review: 0.3, sameSource: 0.999 };
const matching = { model: defaultModel, thresholds: { person: band, organization: band } };

describe("a record that bridges two golden records", () => {
  it("merges two golden records of one customer when a third record is sure of both, with one merge event", async () => {
    const { source } = await sourceWithToken();
    const t = unique();
    const n = parseInt(t, 16);
    const name = { firstName: "Ottilie", lastName: `Brenninkmeyer${t}`, country: "DE" };
    const email = `ottilie.${t}@example.de`;
    const phone = `+49 521 ${String(n % 10_000_000).padStart(7, "4")}`;
    const home = { street: `Am Sparrenberg ${t}`, houseNumber: "7", postalCode: String(10000 + (n % 89999)), city: "Bielefeld" };
    const principal = systemPrincipal("test");
    // Kept twice, each time with what the other lacks: too little in common to merge on their own.
    await ingestChunk({ source, records: [{ externalId: "B-1", attributes: { ...name, email, dateOfBirth: "1962-08-14" } }], matching, principal });
    await ingestChunk({ source, records: [{ externalId: "B-2", attributes: { ...name, phone, ...home } }], matching, principal });
    const before = await prisma.sourceRecord.findMany({ where: { sourceId: source.id }, select: { goldenRecordId: true } });
    expect(new Set(before.map((r) => r.goldenRecordId)).size).toBe(2);

    const outcomes = await ingestChunk({ source, records: [{ externalId: "B-3", attributes: { ...name, email, phone, dateOfBirth: "1962-08-14", ...home } }], matching, principal });
    expect(outcomes).toEqual(["linked"]);
    const after = await prisma.sourceRecord.findMany({ where: { sourceId: source.id }, select: { goldenRecordId: true } });
    expect(new Set(after.map((r) => r.goldenRecordId)).size).toBe(1);
    const [survivor] = after;
    const merged = await prisma.changeEvent.findMany({ where: { goldenRecordId: survivor.goldenRecordId, type: "golden.merged" } });
    expect(merged).toHaveLength(1);
    expect(await prisma.goldenMerge.count({ where: { survivorId: survivor.goldenRecordId } })).toBe(1);
  });
});
