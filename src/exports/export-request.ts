import { z } from "zod";
import { invalidOptions } from "@/src/sources/csv/invalid-options";
import { eventsExport } from "./export-events";
import { goldenExport } from "./export-golden";
import { suspectsExport } from "./export-suspects";
import { exportFormats } from "./export-table";
import { xrefsExport } from "./export-xrefs";

/** Every export, by the name the CLI and the download URL use, in the order the Exports page lists them. */
export const exportTables = { golden: goldenExport, xrefs: xrefsExport, suspects: suspectsExport, events: eventsExport };
export type ExportName = keyof typeof exportTables;
export const exportNames = Object.keys(exportTables) as ExportName[];

const oneOf = (names: readonly string[]) => `${names.slice(0, -1).join(", ")} or ${names.at(-1)}`;

const choice = <T extends string>(names: readonly [T, ...T[]]) => z.enum(names, { error: (i) => `must be ${oneOf(names)}, not '${String(i.input)}'` });

const exportRequestSchema = z.object({
  what: choice(exportNames as [ExportName, ...ExportName[]]),
  format: choice(exportFormats).default("csv"),
});

export type ExportRequest = z.infer<typeof exportRequestSchema>;

/**
 * Reads which export and format a person asked for, from the command line or a
 * download link; the format defaults to CSV. Each refused field is an issue
 * whose message is the problem alone, so the CLI can name its own flag.
 */
export function parseExportRequest(input: { what?: string; format?: string }): ExportRequest {
  const parsed = exportRequestSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((i) => ({ path: String(i.path[0]), message: i.message }));
  throw invalidOptions({ what: "The export", format: "The format" }, issues);
}
