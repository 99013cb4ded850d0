import { systemPrincipal } from "@/src/auth/principal";
import { describe, expect, it } from "vitest";
import { sql } from "@/src/db";
import { ingestChunk } from "@/src/ingest/ingest-chunk";
import { sourceWithToken, unique } from "@/src/testing/fixtures";
import { findCandidates } from "./find-candidates";
import { defaultModel } from "@/src/matching/model/default-model";
import { rekeySourceRecords } from "./rekey-source-records";
import { standardizeRecord } from "@/src/standardize/record";

const apart = { model: defaultModel, thresholds: { person: { auto: 2, review: 2, sameSource: 2 }, organization: { auto: 2, review: 2, sameSource: 2 } } };

describe("rekeySourceRecords", () => {
  it("gives records stored before an upgrade the keys ingest gives now, so blocking finds them again", async () => {
    const { source } = await sourceWithToken();
    const t = unique();
    const stored = { organizationName: "Schmidt Logistik GmbH", postalCode: `P${t}`, houseNumber: "7", email: `disposition.${t}@schmidt.example` };
    await ingestChunk({ source, records: [{ externalId: "R-1", attributes: stored }], matching: apart, principal: systemPrincipal("test") });
    // As an older release left it: no sound keys for organizations, no mailbox or home key, and its name missing from the name search.
    const [{ id, seq }] = await sql<{ id: string; seq: string }[]>`
      UPDATE "SourceRecord" SET "phoneticKey" = NULL, "mailboxKey" = NULL, "nameSoundKey" = NULL, "addressKey" = NULL
      WHERE "sourceId" = ${source.id} AND "externalId" = 'R-1' RETURNING id, seq::text`;
    await sql`DELETE FROM "SourceRecordName" WHERE "sourceRecordId" = ${id}`;
    const found = async (probe: Record<string, string>) => (await findCandidates(standardizeRecord(probe))).some((c) => c.sourceRecordId === id);
    const bySound = { organizationName: "Schmitt Spedition KG", postalCode: `P${t}` };
    const byMailbox = { organizationName: "Unrelated AG", email: `disposition.${t}@other.example` };
    const byName = { organizationName: "Schmidt Logistik", city: "Anywhere" };
    const byHome = { organizationName: "Globex Handel AG", postalCode: `P${t}`, houseNumber: "7" };
    const probes = async () => [await found(bySound), await found(byMailbox), await found(byName), await found(byHome)];
    expect(await probes()).toEqual([false, false, false, false]);

    const first = await rekeySourceRecords();
    expect(first.updated).toBeGreaterThanOrEqual(1);
    expect(await probes()).toEqual([true, true, true, true]);
    const [after] = await sql<{ seq: string }[]>`SELECT seq::text FROM "SourceRecord" WHERE id = ${id}`;
    expect(BigInt(after.seq)).toBeGreaterThan(BigInt(seq));

    const again = await rekeySourceRecords();
    const [untouched] = await sql<{ seq: string }[]>`SELECT seq::text FROM "SourceRecord" WHERE id = ${id}`;
    expect(untouched.seq).toBe(after.seq);
    expect(again.scanned).toBeGreaterThanOrEqual(first.scanned);
  });

  it("gives a name stored with its particles the search name ingest gives now, so the name written without them finds it", async () => {
    const { source } = await sourceWithToken();
    await ingestChunk({ source, records: [{ externalId: "P-1", attributes: { firstName: "Anna", lastName: "van der Meer" } }], matching: apart, principal: systemPrincipal("test") });
    // As the release before particles were left out stored it.
    const [{ id }] = await sql<{ id: string }[]>`
      UPDATE "SourceRecord" SET "searchName" = 'anna van der meer' WHERE "sourceId" = ${source.id} AND "externalId" = 'P-1' RETURNING id`;
    await sql`UPDATE "SourceRecordName" SET "searchName" = 'anna van der meer' WHERE "sourceRecordId" = ${id}`;
    const found = async () => (await findCandidates(standardizeRecord({ firstName: "Anna", lastName: "Meer" }))).some((c) => c.sourceRecordId === id);
    expect(await found()).toBe(false);

    await rekeySourceRecords();
    expect(await found()).toBe(true);
  });
});
