import { encode } from "next-auth/jwt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiToken } from "@/src/auth/api-tokens";
import { closeDb, prisma } from "@/src/db";
import { env } from "@/src/env";
import { unique } from "@/src/testing/fixtures";
import { closeQueues, queueNames } from "@/workers/contracts";
import { DELETE, GET, PUT } from "./route";

const run = unique();
const emails = { admin: `admin-${run}@queues-route.test`, steward: `steward-${run}@queues-route.test` };
const cookies = { admin: "", steward: "" };
const tokens = { admin: "", steward: "" };
const cookieName = "authjs.session-token";

const request = (path: string, init: RequestInit & { as?: keyof typeof cookies; token?: keyof typeof tokens } = {}) => {
  const headers = new Headers(init.headers);
  if (init.as) headers.set("cookie", cookies[init.as]);
  if (init.token) headers.set("authorization", `Bearer ${tokens[init.token]}`);
  return new Request(`http://localhost${path}`, { ...init, headers });
};

beforeAll(async () => {
  for (const role of ["ADMIN", "STEWARD"] as const) {
    const key = role === "ADMIN" ? "admin" : "steward";
    const user = await prisma.user.create({ data: { email: emails[key], name: `${role} ${run}`, role } });
    const jwt = await encode({ token: { sub: user.id, role }, secret: env.AUTH_SECRET ?? "", salt: cookieName });
    cookies[key] = `${cookieName}=${jwt}`;
    tokens[key] = (await createApiToken({ name: `queues-${run}`, role })).secret;
  }
});

afterAll(async () => {
  await prisma.user.deleteMany({ where: { email: { in: Object.values(emails) } } });
  await closeQueues();
  await closeDb();
});

describe("the queue board at /admin/queues", () => {
  it("shows an admin's session the board page, the hub's queues and the UI's files from node_modules", async () => {
    const page = await GET(request("/admin/queues", { as: "admin" }));
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toMatch(/^text\/html/);
    const html = await page.text();
    expect(html).toContain("<title>Goldenhub queues</title>");
    expect(html).toContain('<base href="/admin/queues/"');
    // Every script and stylesheet is the board's own, served by this route: nothing from another host.
    expect(html).not.toMatch(/(src|href)="https?:\/\//);

    const api = await GET(request("/admin/queues/api/queues", { as: "admin" }));
    expect(api.status).toBe(200);
    const body = (await api.json()) as { queues: { name: string; description: string }[] };
    expect(body.queues.map((q) => q.name).sort()).toEqual([...queueNames].sort());
    expect(body.queues.find((q) => q.name === "distribution")?.description).toMatch(/webhook deliveries/);

    const script = html.match(/src="(static\/js\/[^"]+\.js)"/)?.[1];
    expect(script).toBeDefined();
    const file = await GET(request(`/admin/queues/${script}`, { as: "admin" }));
    expect(file.status).toBe(200);
    expect(file.headers.get("content-type")).toMatch(/javascript/);
    expect((await file.arrayBuffer()).byteLength).toBeGreaterThan(1000);
    expect((await GET(request("/admin/queues/static/../../../package.json", { as: "admin" }))).status).toBe(404);
  });

  it("lets an admin API token read the queues too", async () => {
    const api = await GET(request("/admin/queues/api/queues", { token: "admin" }));
    expect(api.status).toBe(200);
  });

  it("refuses a steward with 403: a page saying why, JSON for the API and the files", async () => {
    const page = await GET(request("/admin/queues", { as: "steward" }));
    expect(page.status).toBe(403);
    expect(await page.text()).toContain("Only administrators can open the job queues.");
    for (const res of [
      await GET(request("/admin/queues/api/queues", { as: "steward" })),
      await GET(request("/admin/queues/api/queues", { token: "steward" })),
      await PUT(request("/admin/queues/api/queues/ingest/pause", { method: "PUT", as: "steward" })),
      await GET(request("/admin/queues/static/favicon-32x32.png", { as: "steward" })),
    ]) {
      expect(res.status).toBe(403);
      expect(await res.json()).toEqual({ error: { code: "FORBIDDEN", message: "Only administrators can open the job queues." } });
    }
  });

  it("sends nobody signed in to the sign-in page, and answers the API and files with 401", async () => {
    for (const path of ["/admin/queues", "/admin/queues/queue/ingest"]) {
      const page = await GET(request(path));
      expect(page.status).toBe(302);
      expect(page.headers.get("location")).toBe("/login");
    }
    for (const res of [
      await GET(request("/admin/queues/api/queues")),
      await GET(request("/admin/queues/static/favicon-32x32.png")),
      await DELETE(request("/admin/queues/api/queues/ingest", { method: "DELETE" })),
    ]) {
      expect(res.status).toBe(401);
      expect(await res.json()).toMatchObject({ error: { code: "UNAUTHENTICATED" } });
    }
  });

  it("refuses an admin's queue action sent from another site", async () => {
    const res = await PUT(request("/admin/queues/api/queues/ingest/pause", { method: "PUT", as: "admin", headers: { "sec-fetch-site": "cross-site" } }));
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({ error: { code: "FORBIDDEN", message: expect.stringMatching(/another site/) } });
  });
});
