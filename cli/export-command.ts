import { parseArgs } from "node:util";
import { type ExportRequest, parseExportRequest } from "@/src/exports/export-request";
import { writeExportFile } from "@/src/exports/write-export-file";
import { inFlagTerms } from "./flag-errors";
import { requireOptions, UsageError } from "./usage";

const options = { out: { type: "string" }, format: { type: "string" } } as const;
const inExportTerms = inFlagTerms({ what: "what to export", format: "--format" });

/** The export and format asked for, or one line naming what was typed wrong. */
function readRequest(what: string, format: string | undefined): ExportRequest {
  try {
    return parseExportRequest({ what, format });
  } catch (err) {
    return inExportTerms(err);
  }
}

/** `export golden|xrefs|suspects|events [--format csv|ndjson] --out <file|->`: streams one table and says how many rows it wrote. */
export async function exportCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, options, strict: true, allowPositionals: true });
  if (positionals.length !== 1) throw new UsageError("export needs one thing to export: golden, xrefs, suspects or events");
  requireOptions("export", values, ["out"]);
  const request = readRequest(positionals[0], values.format);
  const toStdout = values.out === "-";
  const written = await writeExportFile({ ...request, file: values.out! }).catch((err: NodeJS.ErrnoException) => {
    if (toStdout && err.code === "EPIPE") return null; // the reader stopped early (`| head`): stop quietly, as Unix tools do
    throw err;
  });
  if (!written) return 0;
  // With --out - the rows go to standard output, so the count goes to standard error, where it cannot mix with them.
  (toStdout ? console.error : console.log)(`wrote ${written.rows} ${request.what} rows to ${toStdout ? "standard output" : values.out}`);
  return 0;
}
