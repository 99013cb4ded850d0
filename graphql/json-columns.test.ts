import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/src/db";
import { loadGoldenRecord } from "@/src/golden/load-golden-record";
import { postGraphQL } from "./test-client";
import { fixturesWithToken } from "./test-fixtures";

const { fx, token: issuedToken } = fixturesWithToken("VIEWER");
let token: string;

beforeAll(() => {
  token = issuedToken();
});

const QUERY = `
  query ($id: ID!) {
    goldenRecord(id: $id) {
      attributes { firstName lastName email city }
      lineage { attribute externalId updatedAt }
      sourceRecords { attributes { firstName lastName } }
      versions { attributes { firstName lastName } }
    }
  }`;

describe("JSON columns through GraphQL", () => {
  it("reads odd rows as the portal does: empty strings are unknown, unknown keys and malformed lineage are left out", async () => {
    const crm = await fx.source("crm");
    const golden = await fx.golden({ displayName: "Ada" });
    const attributes = { firstName: "Ada", lastName: "", email: 42, nickname: "Countess" };
    const good = { sourceRecordId: "sr-1", source: crm.key, externalId: "CRM-1", updatedAt: "2026-01-15T10:00:00.000Z" };
    const lineage = { firstName: good, lastName: { ...good, updatedAt: "not a date" }, email: { source: crm.key }, nickname: good };
    await prisma.goldenRecord.update({ where: { id: golden.id }, data: { attributes, lineage } });
    await prisma.sourceRecord.update({
      where: { id: (await fx.sourceRecord({ sourceId: crm.id, goldenRecordId: golden.id, externalId: "CRM-1" })).id },
      data: { standardized: attributes },
    });
    await prisma.goldenRecordVersion.create({
      data: { goldenRecordId: golden.id, version: 1, attributes, lineage, status: "ACTIVE", reason: "test", actor: "test" },
    });

    const { body } = await postGraphQL(QUERY, { token, variables: { id: golden.id } });

    expect(body.errors).toBeUndefined();
    const record = body.data.goldenRecord;
    const read = { firstName: "Ada", lastName: null };
    expect(record.attributes).toEqual({ ...read, email: null, city: null });
    expect(record.lineage).toEqual([{ attribute: "firstName", externalId: "CRM-1", updatedAt: good.updatedAt }]);
    expect(record.sourceRecords).toEqual([{ attributes: read }]);
    expect(record.versions).toEqual([{ attributes: read }]);

    const portal = await loadGoldenRecord({ id: golden.id });
    expect(portal.attributes).toEqual([{ name: "firstName", value: "Ada", lineage: { ...good, sourceName: "crm" } }]);
    expect(portal.xrefs.map((x) => x.attributes)).toEqual([{ firstName: "Ada" }]);
  });
});
