import { mkdir, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import type { MatchReport } from "./build-report";

/** Keeps each run's figures as JSON in bench/out (gitignored), named so runs sort by size, shape and time. */
export async function writeReport(report: MatchReport): Promise<string> {
  const dir = fileURLToPath(new URL("../out/", import.meta.url));
  await mkdir(dir, { recursive: true });
  const stamp = report.run.startedAt.replace(/[:.]/g, "-");
  const shape = report.run.shape === "mixed" ? "" : `-${report.run.shape}`;
  const file = `${dir}match-${report.run.rows}${shape}-${stamp}.json`;
  await writeFile(file, `${JSON.stringify(report, null, 2)}\n`);
  return file;
}
