import { describe, expect, it } from "vitest";
import { systemPrincipal } from "@/src/auth/principal";
import { prisma } from "@/src/db";
import { ingestChunk } from "@/src/ingest/ingest-chunk";
import { prepareRecord } from "@/src/ingest/prepare-record";
import { scorePair } from "@/src/matching/score-pair";
import { defaultModel } from "@/src/matching/model/default-model";
import { sourceWithToken, unique, userPrincipal } from "@/src/testing/fixtures";
import { setSourceDuplicates } from "./set-source-duplicates";

const band = { auto: 0.9, review: 0.3, sameSource: 0.999 };
const matching = { model: defaultModel, thresholds: { person: band, organization: band } };

/** A customer keyed twice by hand: the second time with a typo in the surname and without phone or street. */
function customerTwice() {
  const t = unique();
  const n = parseInt(t, 16);
  const first = {
    firstName: "Henrike",
    lastName: `Brandstätter${t}`,
    dateOfBirth: `19${40 + (n % 50)}-0${1 + (n % 9)}-1${n % 10}`,
    street: `Lindenweg ${t}`,
    houseNumber: "4",
    postalCode: String(10000 + (n % 89999)),
    city: `Freiburg ${t}`,
    country: "DE",
    phone: `+49 761 ${String(parseInt(t, 16) % 10_000_000).padStart(7, "5")}`,
  };
  const second = { ...first, lastName: `Brandstäter${t}`, phone: undefined, street: undefined, houseNumber: undefined };
  return { first, second };
}

const goldenCount = (sourceId: string) => prisma.goldenRecord.count({ where: { sourceRecords: { some: { sourceId } } } });

describe("a source's own duplicates", () => {
  it("merges a source's own second record of a customer at the auto-merge threshold, unless the source keeps one record per customer", async () => {
    const { first, second } = customerTwice();
    const score = scorePair(prepareRecord({ externalId: "x", attributes: first }).standardized, prepareRecord({ externalId: "y", attributes: second }).standardized).score;
    // The pair sits between the two bars, so the setting alone decides.
    expect(score).toBeGreaterThanOrEqual(band.auto);
    expect(score).toBeLessThan(band.sameSource);

    const crm = (await sourceWithToken({ kind: "CRM" })).source;
    const outcomes = await ingestChunk({ source: crm, records: [{ externalId: "A-1", attributes: first }, { externalId: "A-2", attributes: second }], matching, principal: systemPrincipal("test") });
    expect(outcomes).toEqual(["created", "linked"]);
    expect(await goldenCount(crm.id)).toBe(1);

    const erp = (await sourceWithToken({ kind: "ERP" })).source;
    await setSourceDuplicates({ principal: userPrincipal("ADMIN", "user:admin@test"), sourceId: erp.id, mayHoldDuplicates: false });
    const strict = await prisma.source.findUniqueOrThrow({ where: { id: erp.id } });
    const other = customerTwice();
    const strictOutcomes = await ingestChunk({ source: strict, records: [{ externalId: "B-1", attributes: other.first }, { externalId: "B-2", attributes: other.second }], matching, principal: systemPrincipal("test") });
    expect(strictOutcomes).toEqual(["created", "suspect"]);
    expect(await goldenCount(erp.id)).toBe(2);
  });

  it("lets only an admin change the setting, and keeps who changed it from what to what", async () => {
    const { source } = await sourceWithToken();
    await expect(setSourceDuplicates({ principal: userPrincipal("STEWARD"), sourceId: source.id, mayHoldDuplicates: false })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const admin = userPrincipal("ADMIN", `user:${unique()}@test`);
    expect(await setSourceDuplicates({ principal: admin, sourceId: source.id, mayHoldDuplicates: false })).toEqual({ changed: true });
    expect(await setSourceDuplicates({ principal: admin, sourceId: source.id, mayHoldDuplicates: false })).toEqual({ changed: false });
    const audit = await prisma.auditEvent.findMany({ where: { targetId: source.id } });
    expect(audit).toEqual([expect.objectContaining({ actor: admin.label, action: "source.duplicates", data: expect.objectContaining({ before: { mayHoldDuplicates: true }, after: { mayHoldDuplicates: false } }) })]);
    await expect(setSourceDuplicates({ principal: admin, sourceId: "no'such", mayHoldDuplicates: true })).rejects.toMatchObject({ code: "VALIDATION_FAILED" });
    await expect(setSourceDuplicates({ principal: admin, sourceId: source.id, mayHoldDuplicates: "yes" })).rejects.toMatchObject({ code: "VALIDATION_FAILED" });
  });
});
