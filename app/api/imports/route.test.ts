import { afterAll, describe, expect, it } from "vitest";
import { createApiToken } from "@/src/auth/api-tokens";
import { removeUpload } from "@/src/sources/csv/upload-store";
import { POST as complete } from "./[id]/complete/route";
import { POST as appendChunk } from "./[id]/chunks/route";
import { DELETE, GET } from "./[id]/route";
import { POST as create } from "./route";

const made: string[] = [];
afterAll(async () => {
  await Promise.all(made.map(removeUpload));
});

const admin = await createApiToken({ name: "imports-admin", role: "ADMIN", sourceId: null });
const steward = await createApiToken({ name: "imports-steward", role: "STEWARD", sourceId: null });
const auth = (secret: string) => ({ authorization: `Bearer ${secret}` });
const params = (id: string) => ({ params: Promise.resolve({ id }) });

async function json(res: Response) {
  return { status: res.status, body: (await res.json()) as { id: string } & Record<string, unknown> };
}

function open(body: unknown, secret = admin.secret) {
  return create(new Request("http://localhost/api/imports", { method: "POST", headers: { ...auth(secret), "content-type": "application/json" }, body: JSON.stringify(body) }));
}

function piece(id: string, offset: number, bytes: Uint8Array<ArrayBuffer>, headers: Record<string, string> = {}) {
  const init = { method: "POST", headers: { ...auth(admin.secret), "content-type": "application/octet-stream", "content-length": String(bytes.byteLength), ...headers }, body: bytes };
  return appendChunk(new Request(`http://localhost/api/imports/${id}/chunks?offset=${offset}`, init), params(id));
}

describe("the import upload routes", () => {
  it("open an upload, take the file in pieces, check it whole and answer its preview and state", async () => {
    const bytes = new TextEncoder().encode("E-Mail;Nachname;PLZ\nanna@example.de;Berg;10115\n");
    const opened = await json(await open({ fileName: "kunden.csv", size: bytes.byteLength, type: "text/csv" }));
    expect(opened).toMatchObject({ status: 201, body: { id: expect.any(String), chunkBytes: 4 * 1024 * 1024, maxBytes: 200 * 1024 * 1024 } });
    const id = opened.body.id;
    made.push(id);
    expect(await json(await piece(id, 0, bytes.subarray(0, 20)))).toEqual({ status: 200, body: { received: 20, size: bytes.byteLength } });
    expect(await json(await piece(id, 0, bytes.subarray(20)))).toMatchObject({ status: 409, body: { error: { code: "CONFLICT", issues: [{ path: "offset", message: "must be 20" }] } } });
    expect((await piece(id, 20, bytes.subarray(20))).status).toBe(200);

    const done = await json(await complete(new Request(`http://localhost/api/imports/${id}/complete`, { method: "POST", headers: auth(admin.secret) }), params(id)));
    expect(done).toMatchObject({ status: 200, body: { id, status: "ready", inspection: { delimiter: ";", header: ["E-Mail", "Nachname", "PLZ"], rows: 1 }, import: null } });
    const read = await json(await GET(new Request(`http://localhost/api/imports/${id}`, { headers: auth(admin.secret) }), params(id)));
    expect(read).toMatchObject({ status: 200, body: { id, fileName: "kunden.csv", status: "ready" } });
    expect((await DELETE(new Request(`http://localhost/api/imports/${id}`, { method: "DELETE", headers: auth(admin.secret) }), params(id))).status).toBe(204);
    expect((await GET(new Request(`http://localhost/api/imports/${id}`, { headers: auth(admin.secret) }), params(id))).status).toBe(404);
  });

  it("answer each refusal with a 4xx JSON naming the problem", async () => {
    expect(await json(await create(new Request("http://localhost/api/imports", { method: "POST", body: "{}" })))).toMatchObject({ status: 401, body: { error: { code: "UNAUTHENTICATED" } } });
    expect(await json(await open({ fileName: "a.csv", size: 10 }, steward.secret))).toMatchObject({ status: 403, body: { error: { message: expect.stringContaining("Only administrators") } } });
    expect(await json(await open({ fileName: "a.csv", size: 300 * 1024 * 1024 }))).toMatchObject({ status: 413, body: { error: { code: "PAYLOAD_TOO_LARGE", message: expect.stringContaining("200 MB") } } });
    expect(await json(await open({ fileName: "a.xlsx", size: 10 }))).toMatchObject({ status: 400, body: { error: { message: expect.stringContaining("Excel workbook") } } });
    expect(await json(await open({ fileName: "", size: "ten" }))).toMatchObject({ status: 422, body: { error: { issues: [{ path: "fileName" }, { path: "size" }] } } });

    const { body } = await json(await open({ fileName: "a.csv", size: 10 }));
    made.push(body.id);
    const bytes = new TextEncoder().encode("Id,Name\n1\n");
    expect(await json(await piece(body.id, 0, bytes, { "content-type": "text/csv" }))).toMatchObject({ status: 400, body: { error: { message: expect.stringContaining("application/octet-stream") } } });
    expect(await json(await piece(body.id, 0, bytes, { "content-length": String(9 * 1024 * 1024) }))).toMatchObject({ status: 413 });
    expect(await json(await piece(body.id, 0, bytes, { "content-length": "20" }))).toMatchObject({ status: 400, body: { error: { message: "The piece was cut short: 10 of 20 bytes arrived. Send it again." } } });
    for (const id of ["not-a-uuid", "00000000-0000-4000-8000-000000000000"]) {
      expect(await json(await GET(new Request(`http://localhost/api/imports/${id}`, { headers: auth(admin.secret) }), params(id)))).toMatchObject({ status: 404, body: { error: { code: "NOT_FOUND" } } });
    }
  });
});
