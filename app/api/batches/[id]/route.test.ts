import { describe, expect, it } from "vitest";
import { GET } from "./route";
import { createApiToken } from "@/src/auth/api-tokens";
import { acceptBatch } from "@/src/ingest/accept-batch";
import { sourceWithToken } from "@/src/testing/fixtures";

async function status(id: string, secret: string) {
  const request = new Request(`http://localhost/api/batches/${id}`, { headers: { authorization: `Bearer ${secret}` } });
  const res = await GET(request, { params: Promise.resolve({ id }) });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

describe("GET /api/batches/{id}", () => {
  it("shows a batch to its own source's tokens and to unbound ones, and hides it from another source's", async () => {
    const { source, token } = await sourceWithToken();
    const other = await sourceWithToken();
    const principal = { kind: "token" as const, id: token.id, label: "token:test", role: "STEWARD" as const, sourceId: source.id };
    const { batchId } = await acceptBatch({ sourceKey: source.key, principal, body: { records: [{ externalId: "B1", attributes: { firstName: "Bo" } }] } });

    expect(await status(batchId, token.secret)).toMatchObject({ status: 200, json: { id: batchId, source: source.key } });
    const reader = await createApiToken({ name: "reader", role: "VIEWER", sourceId: null });
    expect((await status(batchId, reader.secret)).status).toBe(200);
    expect(await status(batchId, other.token.secret)).toMatchObject({ status: 404, json: { error: { code: "NOT_FOUND" } } });
  });

  it("answers 404 with a JSON body for an id no batch can have, never a 500", async () => {
    const { token } = await sourceWithToken();
    for (const id of ["\u0000abc", "x'; DROP TABLE \"IngestBatch\";--", "\ud800", "a".repeat(300)]) {
      expect(await status(id, token.secret)).toMatchObject({ status: 404, json: { error: { code: "NOT_FOUND" } } });
    }
  });
});
