import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const tsx = path.resolve("node_modules/.bin/tsx");
const dir = mkdtempSync(path.join(tmpdir(), "goldenhub-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the real command line in a child process, as a person at a terminal would. */
function cli(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(tsx, ["cli/main.ts", ...args], { timeout: 30_000, env: { ...process.env, ...env } }, (err, stdout, stderr) => {
      resolve({ code: err ? Number(err.code ?? 1) : 0, stdout, stderr });
    });
  });
}

/** A loopback port nothing listens on: bound, then let go. */
function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
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

  it("says in one line which service it cannot reach, with no stack trace, when PostgreSQL and Redis are down", async () => {
    const [pg, redis] = [await closedPort(), await closedPort()];
    const down = { DATABASE_URL: `postgresql://postgres:secret@127.0.0.1:${pg}/goldenhub`, REDIS_URL: `redis://127.0.0.1:${redis}` };
    const file = path.join(dir, "outage.csv");
    writeFileSync(file, "First,Mail\nAnna,anna@example.com\n");
    const runs = await Promise.all([
      cli(["import", "--source", "cli-test", "--file", file, "--map", "First=firstName,Mail=email", "--wait"], down),
      cli(["watch", "--source", "cli-test", "--since", "2026-01-01T00:00:00Z"], down),
      cli(["matching", "rekey"], down),
    ]);
    for (const res of runs) {
      expect(res.code).toBe(1);
      const lines = res.stderr.trim().split("\n");
      expect(lines).toEqual([expect.stringMatching(new RegExp(`^error: cannot reach PostgreSQL at 127\\.0\\.0\\.1:${pg} — start it and run the command again`))]);
      expect(res.stderr).not.toMatch(/^\s+at /m);
      expect(res.stderr).not.toContain("secret");
    }
    expect(runs[0].stderr).toContain("(the import resumes where it stopped");
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
    expect(help).toMatchObject({ code: 0, stdout: expect.stringContaining("export golden|xrefs|suspects|events --out <file>") });
    expect(help.stdout).toContain("matching rekey");
    expect(rekey).toMatchObject({ code: 2, stderr: expect.stringContaining("matching rekey takes no options") });
  });

  it("exports in the format asked for, to a file or standard output, and refuses a bad export or format in one line with exit code 2", async () => {
    const file = path.join(dir, "golden.ndjson");
    const [written, piped, what, format, noOut] = await Promise.all([
      cli(["export", "golden", "--format", "ndjson", "--out", file]),
      cli(["export", "suspects", "--out", "-"]),
      cli(["export", "people", "--out", path.join(dir, "people.csv")]),
      cli(["export", "events", "--format", "xml", "--out", path.join(dir, "events.xml")]),
      cli(["export", "xrefs"]),
    ]);
    expect(written).toMatchObject({ code: 0, stdout: expect.stringMatching(new RegExp(`^wrote \\d+ golden rows to ${file}\n$`)) });
    const lines = readFileSync(file, "utf8").trimEnd().split("\n");
    expect(written.stdout).toContain(`wrote ${lines.length} golden rows`);
    expect(JSON.parse(lines[0])).toMatchObject({ id: expect.any(String), attributes: expect.any(Object) });
    expect(piped.code).toBe(0);
    expect(piped.stdout.startsWith("leftGoldenRecordId,rightGoldenRecordId,score,status\r\n")).toBe(true);
    expect(piped.stderr).toMatch(/^wrote \d+ suspects rows to standard output\n$/);
    expect(what).toMatchObject({ code: 2, stderr: "error: what to export must be golden, xrefs, suspects or events, not 'people'\n" });
    expect(format).toMatchObject({ code: 2, stderr: "error: --format must be csv or ndjson, not 'xml'\n" });
    expect(existsSync(path.join(dir, "events.xml"))).toBe(false);
    expect(noOut).toMatchObject({ code: 2, stderr: expect.stringMatching(/^error: export needs --out\n/) });
  }, 60_000);
});
