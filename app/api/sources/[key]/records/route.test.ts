import { describe, expect, it } from "vitest";
import { POST } from "./route";
import { createApiToken, revokeApiToken } from "@/src/auth/api-tokens";
import { prisma } from "@/src/db";
import { env } from "@/src/env";
import { sourceWithToken } from "@/src/testing/fixtures";

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
});
