import { readFile, writeFile } from "node:fs/promises";
import type { MatchReport } from "./build-report";

/**
 * What one child run hands back to bench/match.ts: the full report when it
 * measured (none when it only ingested for the order check), and the golden
 * record co-membership pairs of its records and its open suspects between
 * them, for comparing arrival orders and lanes.
 */
export type ShapeResult = { report: MatchReport | null; pairs: string[]; suspects: string[]; records: number; matchSeconds?: number };

/** Through a file, because the child's output is its progress bars and the parent prints the figures after all shapes ran. */
export async function writeShapeResult(file: string, result: ShapeResult): Promise<void> {
  await writeFile(file, JSON.stringify(result));
}

/** The child's result, once it has exited. */
export async function readShapeResult(file: string): Promise<ShapeResult> {
  return JSON.parse(await readFile(file, "utf8")) as ShapeResult;
}
