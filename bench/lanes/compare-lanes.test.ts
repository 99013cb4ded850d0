import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseMatchArgs } from "@/bench/match-args";
import { measureInScratchDatabase } from "@/bench/setup/measure-in-scratch-database";
import { compareLanes } from "./compare-lanes";

const measuring = fileURLToPath(new URL("../measure/measure-match.ts", import.meta.url));
const run = (argv: string[], keep: boolean, env?: Record<string, string>) => measureInScratchDatabase(measuring, argv, { keep, env });

/**
 * The bulk lane finds an earlier record of its run in memory where the
 * real-time lane finds it in the database; a customer must land in the same
 * golden record, and the same pairs go to review, either way. The mixed
 * shape holds every look-alike kind the generator makes (households,
 * namesakes, sister companies); the organizations shape holds the sites and
 * names that contain each other.
 */
describe("the bulk lane against the real-time lane", () => {
  it.each([
    ["mixed", 2000],
    ["organizations", 1000],
  ])("decides a generated %s population of %i records exactly alike", async (shape, rows) => {
    const compared = await compareLanes(parseMatchArgs(["--rows", String(rows), "--shape", shape, "--seed", "3"]), run);
    expect(compared).not.toBeNull();
    expect(compared!.records).toBe(rows);
    expect(compared!.pairs).toMatchObject({ differ: 0 });
    expect(compared!.pairs.either).toBeGreaterThan(rows / 10);
    expect(compared!.suspects).toMatchObject({ differ: 0 });
    expect(compared!.suspects.either).toBeGreaterThan(0);
  }, 180_000);
});
