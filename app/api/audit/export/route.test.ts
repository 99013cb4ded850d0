import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordAudit } from "@/src/audit/record-audit";
import { createApiToken } from "@/src/auth/api-tokens";
import { closeDb, sql } from "@/src/db";
import { unique, userPrincipal } from "@/src/testing/fixtures";
import { GET } from "./route";

const run = unique();
const secrets = { admin: "", approver: "", viewer: "" };

const get = (query: string, secret?: string) =>
  GET(new Request(`http://localhost/api/audit/export?${query}`, { headers: secret ? { authorization: `Bearer ${secret}` } : {} }));

beforeAll(async () => {
  for (const role of ["ADMIN", "APPROVER", "VIEWER"] as const) secrets[role.toLowerCase() as keyof typeof secrets] = (await createApiToken({ name: `audit-export-${run}`, role })).secret;
  await sql.begin((tx) => recordAudit(tx, userPrincipal("STEWARD", "user:route@audit.test"), new Date(), { action: "golden.edit", targetType: "GoldenRecord", targetId: `route${run}`, after: { city: "-Bonn" } }));
});

afterAll(async () => {
  await closeDb();
});

describe("GET /api/audit/export", () => {
  it("streams the filtered log as a CSV download to admins and approvers", async () => {
    for (const secret of [secrets.admin, secrets.approver]) {
      const res = await get(`q=${run}`, secret);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
      expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="goldenhub-audit-\d{4}-\d{2}-\d{2}\.csv"$/);
      const rows = parse(await res.text(), { columns: true }) as Record<string, string>[];
      expect(rows).toEqual([expect.objectContaining({ actor: "user:route@audit.test", targetId: `route${run}`, after: '{"city":"-Bonn"}' })]);
    }
  });

  it("refuses a viewer with 403 and nobody with 401, as JSON", async () => {
    const refused = await get(`q=${run}`, secrets.viewer);
    expect(refused.status).toBe(403);
    expect(await refused.json()).toEqual({ error: { code: "FORBIDDEN", message: "Only approvers and admins can read the audit log." } });
    const anonymous = await get(`q=${run}`);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ error: { code: "UNAUTHENTICATED" } });
  });

  it("answers 422 naming the field for a malformed filter", async () => {
    const res = await get("from=yesterday", secrets.admin);
    expect(res.status).toBe(422);
    expect(await res.json()).toMatchObject({ error: { code: "VALIDATION_FAILED", issues: [{ path: "from", message: "From: enter a date as YYYY-MM-DD." }] } });
  });
});
