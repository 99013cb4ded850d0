import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/src/db";
import { postGraphQL } from "./test-client";
import { fixturesWithToken } from "./test-fixtures";

const { fx, token: issuedToken } = fixturesWithToken("VIEWER");
let token: string;

beforeAll(() => {
  token = issuedToken();
});

const GOLDEN_RECORD = `
  query ($id: ID!) {
    goldenRecord(id: $id) {
      id displayName status version
      attributes { firstName lastName email phone city }
      lineage { attribute source externalId sourceRecordId updatedAt rule override { author reason } }
      sourceRecords { source externalId sourceUpdatedAt attributes { email } }
      versions { version reason actor attributes { email } }
      mergedInto { id }
      survivor { id status }
    }
  }`;

describe("goldenRecord", () => {
  it("gives an API token the record's attributes, lineage, xrefs and newest-first versions", async () => {
    const crm = await fx.source("crm");
    const golden = await fx.golden({
      displayName: "Ada Lovelace",
      attributes: { firstName: "Ada", lastName: "Lovelace", email: "ada@example.com", city: "London" },
    });
    const xref = await fx.sourceRecord({
      sourceId: crm.id,
      goldenRecordId: golden.id,
      externalId: "CRM-1",
      standardized: { firstName: "Ada", email: "ada@example.com" },
    });
    const from = { sourceRecordId: xref.id, source: crm.key, externalId: "CRM-1", updatedAt: "2026-01-15T10:00:00.000Z", rule: "Most recent" };
    const override = { sourceRecordId: null, source: "steward", externalId: null, updatedAt: "2026-02-01T09:00:00.000Z", override: { author: "user:anna@example.com", reason: "customer called" } };
    await prisma.goldenRecord.update({ where: { id: golden.id }, data: { version: 2, lineage: { email: from, firstName: from, city: override } } });
    for (const version of [1, 2]) {
      await prisma.goldenRecordVersion.create({
        data: { goldenRecordId: golden.id, version, attributes: { email: `v${version}@example.com` }, lineage: {}, status: "ACTIVE", reason: `change ${version}`, actor: "test" },
      });
    }

    const { status, body } = await postGraphQL(GOLDEN_RECORD, { token, variables: { id: golden.id } });

    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const record = body.data.goldenRecord;
    expect(record).toMatchObject({ id: golden.id, displayName: "Ada Lovelace", status: "ACTIVE", version: 2, mergedInto: null });
    expect(record.attributes).toEqual({ firstName: "Ada", lastName: "Lovelace", email: "ada@example.com", phone: null, city: "London" });
    expect(record.lineage).toEqual([
      { attribute: "firstName", ...from, override: null },
      { attribute: "email", ...from, override: null },
      { attribute: "city", ...override, rule: null },
    ]);
    expect(record.sourceRecords).toEqual([
      { source: crm.key, externalId: "CRM-1", sourceUpdatedAt: "2026-01-15T10:00:00.000Z", attributes: { email: "ada@example.com" } },
    ]);
    expect(record.versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    expect(record.versions[0]).toMatchObject({ reason: "change 2", actor: "test", attributes: { email: "v2@example.com" } });
    expect(record.survivor).toEqual({ id: golden.id, status: "ACTIVE" });
  });

  it("answers null for an id that does not exist", async () => {
    const { status, body } = await postGraphQL(GOLDEN_RECORD, { token, variables: { id: `missing-${fx.tag}` } });
    expect(status).toBe(200);
    expect(body).toEqual({ data: { goldenRecord: null } });
  });

  it("still returns a merged-away record, pointing at its survivor through a chain of merges", async () => {
    const survivor = await fx.golden({ displayName: "Survivor" });
    const middle = await fx.golden({ displayName: "Middle", status: "MERGED", mergedIntoId: survivor.id });
    const oldest = await fx.golden({ displayName: "Oldest", status: "MERGED", mergedIntoId: middle.id });

    const { body } = await postGraphQL(GOLDEN_RECORD, { token, variables: { id: oldest.id } });

    expect(body.errors).toBeUndefined();
    expect(body.data.goldenRecord).toMatchObject({
      id: oldest.id,
      status: "MERGED",
      mergedInto: { id: middle.id },
      survivor: { id: survivor.id, status: "ACTIVE" },
    });
  });
});
