import { describe, expect, it } from "vitest";
import { parseMatchArgs, toFlags } from "./match-args";

describe("parseMatchArgs", () => {
  it("defaults to the mixed shape, so old figures stay comparable", () => {
    expect(parseMatchArgs(["--rows", "10"])).toMatchObject({ rows: 10, shape: "mixed", orders: false, arrival: "forward" });
  });

  it("refuses an unknown shape and blocking-only runs across shapes", () => {
    expect(() => parseMatchArgs(["--rows", "10", "--shape", "hotels"])).toThrow(/--shape: give one of mixed, two-source, one-source, organizations, all/);
    expect(() => parseMatchArgs(["--rows", "10", "--shape", "all", "--store-only"])).toThrow(/--store-only/);
    expect(() => parseMatchArgs(["--rows", "10", "--lane", "fast"])).toThrow(/--lane: give bulk or real-time/);
    expect(() => parseMatchArgs(["--rows", "10", "--compare-lanes", "--orders"])).toThrow(/--compare-lanes/);
  });

  it("gives a child run the same arguments back through its flags", () => {
    const args = parseMatchArgs(["--rows", "10", "--shape", "one-source", "--examples", "2", "--keep", "--arrival", "reversed", "--lane", "real-time", "--ingest-only", "--result", "/tmp/x.json"]);
    expect(parseMatchArgs(toFlags(args))).toEqual(args);
  });
});
