import { expect, test } from "@playwright/test";

test("an API path that is not valid percent-encoded UTF-8 gets a 400 with a JSON reason, not a 500", async ({ request }) => {
  for (const path of ["/api/sources/%ED%A0%80/records", "/api/batches/%FF"]) {
    const res = await request.post(path, { data: { records: [] } });
    expect(res.status(), path).toBe(400);
    expect(await res.json()).toMatchObject({ error: { code: "BAD_REQUEST", message: expect.stringContaining("UTF-8") } });
  }
});

test("a GraphQL document that does not parse gets its syntax error, not a 500, from the production build", async ({ request }) => {
  for (const query of ["{ goldenRecords(", "query {"]) {
    const res = await request.post("/api/graphql", { data: { query } });
    expect(res.status(), query).toBeLessThan(500);
    expect((await res.json()).errors[0]).toMatchObject({ message: expect.stringMatching(/^Syntax Error/), extensions: { code: "GRAPHQL_PARSE_FAILED" } });
  }
});
