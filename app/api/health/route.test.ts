import { describe, expect, it } from "vitest";
import { GET } from "./route";

describe("GET /api/health", () => {
  it("answers 200 ok", async () => {
    const res = GET();
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(await res.json()).toEqual({ status: "ok" });
  });

  it("costs well under a millisecond an answer: nothing is probed, so an outage cannot make the process look dead", () => {
    GET();
    const start = performance.now();
    for (let i = 0; i < 100; i++) GET();
    expect((performance.now() - start) / 100).toBeLessThan(1);
  });
});
