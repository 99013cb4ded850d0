import { describe, expect, it } from "vitest";
import { isStalled } from "./measure-pipeline";

describe("a stalled pipeline stage", () => {
  const now = new Date("2026-01-01T12:00:00Z");
  const ago = (s: number) => new Date(now.getTime() - s * 1000);
  const limit = 120_000;

  it("has old work waiting and nothing moved within the limit", () => {
    expect(isStalled({ oldest: ago(300), lastMoved: ago(200) }, now, limit)).toBe(true);
    expect(isStalled({ oldest: ago(300), lastMoved: null }, now, limit)).toBe(true);
  });

  it("is not a long backlog that keeps moving, young work, or no work", () => {
    expect(isStalled({ oldest: ago(300), lastMoved: ago(5) }, now, limit)).toBe(false);
    expect(isStalled({ oldest: ago(60), lastMoved: null }, now, limit)).toBe(false);
    expect(isStalled({ oldest: null, lastMoved: null }, now, limit)).toBe(false);
  });
});
