import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiToken } from "@/src/auth/api-tokens";
import { closeDb, prisma, sql } from "@/src/db";
import { unique } from "@/src/testing/fixtures";
import { GET } from "./route";

const secrets = { admin: "", steward: "" };

const get = (what: string, query = "", secret?: string) =>
  GET(new Request(`http://localhost/api/exports/${what}${query}`, { headers: secret ? { authorization: `Bearer ${secret}` } : {} }), {
    params: Promise.resolve({ what }),
  });

beforeAll(async () => {
  const run = unique();
  for (const role of ["ADMIN", "STEWARD"] as const) secrets[role.toLowerCase() as keyof typeof secrets] = (await createApiToken({ name: `exports-${run}`, role })).secret;
  await prisma.goldenRecord.create({ data: { displayName: `Export route ${run}`, attributes: { lastName: `Route${run}` }, lineage: {} } });
});

afterAll(async () => {
  await closeDb();
});

const day = new Date().toISOString().slice(0, 10);

describe("GET /api/exports/[what]", () => {
  it("streams each export to an admin as an attachment, CSV unless NDJSON is asked for", async () => {
    const csv = await get("golden", "", secrets.admin);
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(csv.headers.get("content-disposition")).toBe(`attachment; filename="goldenhub-golden-${day}.csv"`);
    expect(parse(await csv.text(), { columns: true })).toHaveLength(await prisma.goldenRecord.count());

    const json = await get("events", "?format=ndjson", secrets.admin);
    expect(json.status).toBe(200);
    expect(json.headers.get("content-type")).toBe("application/x-ndjson; charset=utf-8");
    expect(json.headers.get("content-disposition")).toBe(`attachment; filename="goldenhub-events-${day}.ndjson"`);
    const lines = (await json.text()).trimEnd().split("\n");
    expect(lines).toHaveLength(await prisma.changeEvent.count());
    expect(JSON.parse(lines[0])).toMatchObject({ sequence: expect.any(Number), type: expect.any(String) });

    for (const what of ["xrefs", "suspects"]) expect((await get(what, "?format=csv", secrets.admin)).status).toBe(200);
  });

  it("refuses a steward with 403 and nobody with 401, as JSON, before reading anything", async () => {
    const steward = await get("golden", "", secrets.steward);
    expect(steward.status).toBe(403);
    expect(await steward.json()).toEqual({ error: { code: "FORBIDDEN", message: "Only administrators can download exports." } });
    const anonymous = await get("golden");
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ error: { code: "UNAUTHENTICATED" } });
  });

  it("answers 400 naming an unknown export or format", async () => {
    const what = await get("people", "", secrets.admin);
    expect(what.status).toBe(400);
    expect(await what.json()).toMatchObject({ error: { code: "BAD_REQUEST", message: "The export must be golden, xrefs, suspects or events, not 'people'" } });
    const format = await get("golden", "?format=xlsx", secrets.admin);
    expect(await format.json()).toMatchObject({ error: { message: "The format must be csv or ndjson, not 'xlsx'", issues: [{ path: "format" }] } });
  });

  it("stops the query when a download is cancelled, giving its connection back", async () => {
    for (let i = 0; i < 10; i++) {
      const res = await get("golden", "", secrets.admin);
      const reader = res.body!.getReader();
      expect((await reader.read()).done).toBe(false); // the header
      expect((await reader.read()).done).toBe(false); // the first chunk of the cursor
      await reader.cancel();
    }
    expect(await sql`SELECT 1 AS one`).toEqual([{ one: 1 }]);
  });
});
