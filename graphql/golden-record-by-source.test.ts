import { beforeAll, describe, expect, it } from "vitest";
import { postGraphQL } from "./test-client";
import { fixturesWithToken } from "./test-fixtures";

const { fx, token: issuedToken } = fixturesWithToken("VIEWER");
let token: string;

beforeAll(() => {
  token = issuedToken();
});

const BY_SOURCE = `
  query ($source: String!, $externalId: String!) {
    goldenRecordBySource(source: $source, externalId: $externalId) { id status displayName }
  }`;

describe("goldenRecordBySource", () => {
  it("finds the record a source id belongs to, following a merge to the survivor", async () => {
    const erp = await fx.source("erp");
    const survivor = await fx.golden({ displayName: "Acme Ltd" });
    const merged = await fx.golden({ displayName: "ACME Limited", status: "MERGED", mergedIntoId: survivor.id });
    await fx.sourceRecord({ sourceId: erp.id, goldenRecordId: merged.id, externalId: "SAP-0042" });

    const { status, body } = await postGraphQL(BY_SOURCE, { token, variables: { source: erp.key, externalId: "SAP-0042" } });

    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data.goldenRecordBySource).toEqual({ id: survivor.id, status: "ACTIVE", displayName: "Acme Ltd" });
  });

  it("answers null when the source or the external id is unknown", async () => {
    const crm = await fx.source("crm");
    const golden = await fx.golden({ displayName: "Known" });
    await fx.sourceRecord({ sourceId: crm.id, goldenRecordId: golden.id, externalId: "C-1" });

    const unknownId = await postGraphQL(BY_SOURCE, { token, variables: { source: crm.key, externalId: "C-2" } });
    const unknownSource = await postGraphQL(BY_SOURCE, { token, variables: { source: `nope-${fx.tag}`, externalId: "C-1" } });

    expect(unknownId.body).toEqual({ data: { goldenRecordBySource: null } });
    expect(unknownSource.body).toEqual({ data: { goldenRecordBySource: null } });
  });
});
