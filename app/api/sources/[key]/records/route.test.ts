import { describe, expect, it } from "vitest";
import { POST } from "./route";
import { createApiToken, revokeApiToken } from "@/src/auth/api-tokens";
import { prisma } from "@/src/db";
import { env } from "@/src/env";
import { processBatch } from "@/src/ingest/process-batch";
import { sourceWithToken, unique } from "@/src/testing/fixtures";

/** The ingest endpoint as a source system meets it: every refusal is a 4xx with a JSON body naming the problem. */
async function push(key: string, body: string, headers: Record<string, string>) {
  const request = new Request(`http://localhost/api/sources/${key}/records`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body,
  });
  const res = await POST(request, { params: Promise.resolve({ key }) });
  return { status: res.status, json: (await res.json()) as { error?: { code: string; message: string; issues?: { path: string; message: string }[] } } & Record<string, unknown> };
}

describe("POST /api/sources/{key}/records", () => {
  it("accepts the valid records and quarantines the invalid ones with their reasons", async () => {
    const { source, token } = await sourceWithToken();
    const res = await push(
      source.key,
      JSON.stringify({
        records: [
          { externalId: "A1", attributes: { firstName: "Ana", email: "ana@example.com" } },
          { externalId: "A2", attributes: { firstName: 7 } },
          { attributes: {} },
        ],
      }),
      { authorization: `Bearer ${token.secret}` },
    );
    expect(res.status).toBe(202);
    expect(res.json).toMatchObject({ accepted: 1, rejected: [{ index: 1, externalId: "A2" }, { index: 2, externalId: null }] });
    const reasons = await prisma.rejectedRecord.findMany({ where: { sourceId: source.id }, orderBy: { createdAt: "asc" } });
    expect(reasons.map((r) => JSON.stringify(r.reasons))).toEqual([expect.stringContaining("firstName"), expect.stringContaining("externalId")]);
    const batch = await prisma.ingestBatch.findUniqueOrThrow({ where: { id: String(res.json.batchId) } });
    expect(batch).toMatchObject({ total: 1, rejected: 2 });
  });

  it("refuses a request without a token, with a revoked token, or for another source", async () => {
    const { source, token } = await sourceWithToken();
    const other = await sourceWithToken();
    const body = JSON.stringify({ records: [{ externalId: "X", attributes: {} }] });
    expect((await push(source.key, body, {})).status).toBe(401);
    expect((await push(source.key, body, { authorization: `Bearer ${other.token.secret}` })).json.error?.code).toBe("FORBIDDEN");
    const spare = await createApiToken({ name: "spare", role: "STEWARD", sourceId: source.id });
    await revokeApiToken(spare.id);
    const revoked = await push(source.key, body, { authorization: `Bearer ${spare.secret}` });
    expect(revoked).toMatchObject({ status: 401, json: { error: { message: expect.stringContaining("revoked") } } });
    expect((await push("no-such-source", body, { authorization: `Bearer ${token.secret}` })).status).toBe(404);
    // A key no source can have (NUL, half a surrogate pair) is not found, never a database error.
    const unbound = await createApiToken({ name: "unbound", role: "STEWARD", sourceId: null });
    for (const key of ["a\u0000b", "\ud800"]) {
      expect(await push(key, body, { authorization: `Bearer ${unbound.secret}` }), JSON.stringify(key)).toMatchObject({ status: 404, json: { error: { code: "NOT_FOUND" } } });
    }
  });

  it("says why a token was refused: bound to another source, or only allowed to read", async () => {
    const { source } = await sourceWithToken();
    const other = await sourceWithToken();
    const body = JSON.stringify({ records: [{ externalId: "X", attributes: {} }] });
    const elsewhere = await push(source.key, body, { authorization: `Bearer ${other.token.secret}` });
    expect(elsewhere).toMatchObject({ status: 403, json: { error: { code: "FORBIDDEN", message: `This token may not push records to source '${source.key}'.` } } });
    const reader = await createApiToken({ name: "reader", role: "VIEWER", sourceId: source.id });
    const readOnly = await push(source.key, body, { authorization: `Bearer ${reader.secret}` });
    expect(readOnly).toMatchObject({ status: 403, json: { error: { code: "FORBIDDEN", message: "This token may only read." } } });
    expect(await prisma.ingestBatch.count({ where: { sourceId: source.id } })).toBe(0);
  });

  it("names the problem with malformed, unknown or oversized input and writes nothing", async () => {
    const { source, token } = await sourceWithToken();
    const auth = { authorization: `Bearer ${token.secret}` };
    const malformed = await push(source.key, '{"records": [', auth);
    expect(malformed).toMatchObject({ status: 400, json: { error: { code: "BAD_REQUEST", message: expect.stringContaining("not valid JSON") } } });
    const unknown = await push(source.key, JSON.stringify({ records: [], extra: 1 }), auth);
    expect(unknown.status).toBe(422);
    expect(unknown.json.error?.issues?.map((i) => i.path)).toEqual(expect.arrayContaining(["records", "(root)"]));
    const tooMany = Array.from({ length: env.INGEST_MAX_BATCH + 1 }, (_, i) => ({ externalId: `T${i}`, attributes: {} }));
    const oversized = await push(source.key, JSON.stringify({ records: tooMany }), auth);
    expect(oversized).toMatchObject({ status: 422, json: { error: { issues: [{ path: "records", message: expect.stringContaining("at most") }] } } });
    const huge = await push(source.key, JSON.stringify({ records: [{ externalId: "H", attributes: { city: "x".repeat(env.INGEST_MAX_BODY_BYTES) } }] }), auth);
    expect(huge.status).toBe(413);
    expect(await prisma.ingestBatch.count({ where: { sourceId: source.id } })).toBe(0);
    expect(await prisma.rejectedRecord.count({ where: { sourceId: source.id } })).toBe(0);
  });

  it("quarantines a record with a NUL, a lone surrogate or only invisible names, and stores the good records of the same batch", async () => {
    const { source, token } = await sourceWithToken();
    const t = unique();
    const good = (id: string) => ({ externalId: id, attributes: { firstName: "Greta", lastName: `Lind${id}${t}`, email: `${id}.${t}@example.se` } });
    // JSON.stringify writes NUL and lone surrogates as \u escapes, exactly as a source's JSON library would send them.
    const body = JSON.stringify({
      records: [
        good("G1"),
        { externalId: "NUL\u0000", attributes: { firstName: "Ann", city: "Ber\u0000lin" } },
        { externalId: "SUR", attributes: { lastName: "Lind\uD800" } },
        { externalId: "INV", attributes: { firstName: "\u200B\u200B", lastName: "\u202E", city: "Malmö" } },
        good("G2"),
      ],
    });
    const res = await push(source.key, body, { authorization: `Bearer ${token.secret}` });
    expect(res.status).toBe(202);
    expect(res.json).toMatchObject({
      accepted: 2,
      rejected: [
        { index: 1, externalId: "NUL\\u0000", issues: [{ path: "externalId" }, { path: "attributes.city", message: expect.stringContaining("NUL") }] },
        { index: 2, externalId: "SUR", issues: [{ path: "attributes.lastName", message: expect.stringContaining("lone UTF-16 surrogate") }] },
        { index: 3, externalId: "INV", issues: [{ path: "attributes.firstName", message: expect.stringContaining("no visible character") }] },
      ],
    });
    const rejected = await prisma.rejectedRecord.findMany({ where: { sourceId: source.id }, orderBy: { externalId: "asc" } });
    expect(rejected.map((r) => [r.externalId, r.payload])).toEqual([
      ["INV", { externalId: "INV", attributes: { firstName: "\u200B\u200B", lastName: "\u202E", city: "Malmö" } }],
      ["NUL\\u0000", { externalId: "NUL\\u0000", attributes: { firstName: "Ann", city: "Ber\\u0000lin" } }],
      ["SUR", { externalId: "SUR", attributes: { lastName: "Lind\\ud800" } }],
    ]);

    const batchId = String(res.json.batchId);
    expect(await prisma.ingestBatch.findUniqueOrThrow({ where: { id: batchId } })).toMatchObject({ total: 2, rejected: 3 });
    await processBatch({ batchId, wait: true });
    const stored = await prisma.sourceRecord.findMany({ where: { sourceId: source.id }, orderBy: { externalId: "asc" } });
    expect(stored.map((r) => r.externalId)).toEqual(["G1", "G2"]);
  });

  it("quarantines a record whose text was not valid UTF-8, naming the attribute", async () => {
    const { source, token } = await sourceWithToken();
    const [head, tail] = ['{"records":[{"externalId":"L1","attributes":{"lastName":"M', 'ller"}},{"externalId":"U1","attributes":{"lastName":"Müller"}}]}'];
    const body = Buffer.concat([Buffer.from(head), Buffer.from([0xfc]), Buffer.from(tail)]); // ü in Latin-1
    const request = new Request(`http://localhost/api/sources/${source.key}/records`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token.secret}` },
      body,
    });
    const res = await POST(request, { params: Promise.resolve({ key: source.key }) });
    expect(res.status).toBe(202);
    expect(await res.json()).toMatchObject({
      accepted: 1,
      rejected: [{ index: 0, externalId: "L1", issues: [{ path: "attributes.lastName", message: expect.stringContaining("not valid UTF-8") }] }],
    });
  });

  it("refuses a body nested 100,000 levels deep with a 400 naming the problem, and writes nothing", async () => {
    const { source, token } = await sourceWithToken();
    const auth = { authorization: `Bearer ${token.secret}` };
    const depth = 100_000;
    const arrays = `{"records":[${"[".repeat(depth)}${"]".repeat(depth)}]}`;
    const objects = `{"records":[{"externalId":"D","attributes":${'{"a":'.repeat(depth)}1${"}".repeat(depth)}}]}`;
    for (const body of [arrays, objects]) {
      const res = await push(source.key, body, auth);
      expect(res).toMatchObject({
        status: 400,
        json: { error: { code: "BAD_REQUEST", message: expect.stringContaining("nested more than 32 levels deep"), issues: [{ path: "records.0" }] } },
      });
    }
    expect(await prisma.ingestBatch.count({ where: { sourceId: source.id } })).toBe(0);
    expect(await prisma.rejectedRecord.count({ where: { sourceId: source.id } })).toBe(0);
  });
});
