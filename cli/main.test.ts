import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const tsx = path.resolve("node_modules/.bin/tsx");
const dir = mkdtempSync(path.join(tmpdir(), "goldenhub-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the real command line in a child process, as a person at a terminal would. */
function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(tsx, ["cli/main.ts", ...args], { timeout: 30_000 }, (err, stdout, stderr) => {
      resolve({ code: err ? Number(err.code ?? 1) : 0, stdout, stderr });
    });
  });
}

describe("npm run cli", () => {
  it("refuses an unknown attribute in --map with one line naming it and exit code 2", async () => {
    const file = path.join(dir, "people.csv");
    writeFileSync(file, "First,Mail\nAnna,anna@example.com\n");
    const res = await cli(["import", "--source", "cli-test", "--file", file, "--map", "First=firstName,Mail=emial"]);
    expect(res.code).toBe(2);
    expect(res.stderr.trim().split("\n")).toEqual([expect.stringMatching(/^error: --map names unknown attribute 'emial'/)]);
  });

  it("names the flag of a refused value with one line and exit code 2", async () => {
    const file = path.join(dir, "countries.csv");
    writeFileSync(file, "First,Mail\nAnna,anna@example.com\n");
    const [country, since] = await Promise.all([
      cli(["import", "--source", "cli-test", "--file", file, "--map", "First=firstName", "--country", "XX"]),
      cli(["watch", "--source", "cli-test", "--since", "yesterday"]),
    ]);
    expect(country.code).toBe(2);
    expect(country.stderr.trim().split("\n")).toEqual([expect.stringMatching(/^error: --country must be an ISO 3166 alpha-2 code/)]);
    expect(since.code).toBe(2);
    expect(since.stderr.trim().split("\n")).toEqual([expect.stringMatching(/^error: --since must be an ISO 8601 date-time/)]);
  });

  it("answers an unknown command or option with the usage text and exit code 2, and help with exit code 0", async () => {
    const [unknown, option, help, rekey] = await Promise.all([
      cli(["frobnicate"]),
      cli(["export", "xrefs", "--output", "x.csv"]),
      cli(["help"]),
      cli(["matching", "rekey", "--activate"]),
    ]);
    expect(unknown).toMatchObject({ code: 2, stderr: expect.stringContaining("unknown command 'frobnicate'") });
    expect(unknown.stderr).toContain("Usage: npm run cli -- <command>");
    expect(option).toMatchObject({ code: 2, stderr: expect.stringContaining("'--output'") });
    expect(help).toMatchObject({ code: 0, stdout: expect.stringContaining("export suspects --out <file.csv>") });
    expect(help.stdout).toContain("matching rekey");
    expect(rekey).toMatchObject({ code: 2, stderr: expect.stringContaining("matching rekey takes no options") });
  });
});
