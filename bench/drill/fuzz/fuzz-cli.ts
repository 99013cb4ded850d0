import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { PushRecord } from "../push-records";
import type { FuzzTally } from "./fuzz-tally";

const root = path.resolve(import.meta.dirname, "../../..");

/** Rows a spreadsheet export gets wrong, as raw bytes. */
const badRows: ((n: number) => Buffer)[] = [
  (n) => Buffer.from(`bad-${n},Ann\u0000a,Nul,ann${n}@example.org\n`),
  (n) => Buffer.concat([Buffer.from(`bad-${n},`), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from(`,Bytes,x${n}@example.org\n`)]),
  (n) => Buffer.from(`bad-${n},\u200b\u200c,\u200d,z${n}@example.org\n`),
  (n) => Buffer.from(`bad-${n},Rita,${"Langer-Name".repeat(2000)},r${n}@example.org\n`),
  (n) => Buffer.from(`bad-${n},Ctrl\u0007\u001b,Char,c${n}@example.org\n`),
  (n) => Buffer.from(`bad-${n},Too,Many,cols${n}@example.org,extra,more\n`),
  (n) => Buffer.from(`bad-${n},"=HYPERLINK(""http://evil.example"")",Formula,f${n}@example.org\n`),
];

function runCli(args: string[]): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(path.join(root, "node_modules/.bin/tsx"), [path.join(root, "cli/main.ts"), ...args], { stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (c: Buffer) => (output += c.toString()));
    child.stderr.on("data", (c: Buffer) => (output += c.toString()));
    child.on("close", (code) => resolve({ code: code ?? 1, output }));
  });
}

/**
 * CSV files mixing good rows with broken ones through `npm run cli -- import`:
 * the command must finish with a line a person can act on (no stack trace),
 * and the good rows must be queued. A file with an unclosed quote is
 * refused as a whole, with the line it breaks on.
 */
export async function fuzzCliImport(tally: FuzzTally, sourceKey: string, badCount: number): Promise<PushRecord[]> {
  const dir = mkdtempSync(path.join(tmpdir(), "goldenhub-fuzz-"));
  const goods: PushRecord[] = [];
  const parts: Buffer[] = [Buffer.from("id,First,Last,Mail\n")];
  for (let i = 0; i < badCount; i++) {
    parts.push(badRows[i % badRows.length](i));
    if (i % 4 === 0) {
      parts.push(Buffer.from(`good-cli-${i},Carla,Csvmann ${i},carla.${i}@example.at\n`));
      goods.push({ sourceKey, externalId: `good-cli-${i}`, attributes: {} });
    }
  }
  const mixed = path.join(dir, "mixed.csv");
  writeFileSync(mixed, Buffer.concat(parts));
  const broken = path.join(dir, "unclosed-quote.csv");
  writeFileSync(broken, 'id,First,Last,Mail\nq-1,"Unclosed,Quote,q@example.org\nq-2,Next,Row,n@example.org\n');
  const map = "First=firstName,Last=lastName,Mail=email";
  for (const [file, kind] of [[mixed, "CSV with broken rows"], [broken, "CSV with an unclosed quote"]] as const) {
    const { code, output } = await runCli(["import", "--source", sourceKey, "--file", file, "--map", map, "--id-column", "id", "--country", "AT"]);
    if (/^\s+at .+:\d+:\d+\)?$/m.test(output)) {
      tally.serverErrors++;
      tally.unclear(kind, `stack trace: ${output}`);
    } else if (code !== 0 && code !== 2) tally.unclear(kind, `exit ${code}: ${output}`);
  }
  tally.tried(badCount + 1);
  return goods;
}
