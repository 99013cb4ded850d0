import { z } from "zod";
import { prisma } from "@/src/db";
import { AppError, type FieldIssue } from "@/src/errors";
import { attributeNames } from "@/src/golden/attributes";
import { checkImportOptions } from "./import-csv";
import type { ColumnMapping } from "./parse-column-map";

/** The form's answer: the attribute of each header column in order (null ignores it), the id column's place, the source. */
export const startInputSchema = z.object({
  sourceKey: z.string({ error: "is required" }).max(200, "is too long"),
  /** true when `sourceKey` is a new key typed in, false when an existing CSV source was chosen */
  newSource: z.boolean({ error: "must be true or false" }),
  columns: z.array(z.string().nullable(), { error: "must list an attribute or null per column" }),
  idColumn: z.number({ error: "must be a column's place or null" }).int().nullable(),
  country: z.string().max(10, "must be a two-letter code such as DE").optional(),
});
export type StartInput = z.infer<typeof startInputSchema>;

/** What `importCsv` is called with, once the answer is checked against the file and the sources. */
export type ImportPlan = { sourceKey: string; map: ColumnMapping[]; idColumn?: string; country?: string };

/** Each way a header column can be unfit to map, in words that say how to fix it. */
function columnProblem(header: readonly string[], i: number): string | null {
  const name = header[i];
  if (!name) return "has no name in the file's header, so it cannot be mapped; name it in the file";
  if (header.indexOf(name) !== i || header.lastIndexOf(name) !== i) return "shares its name with another column of the header; rename one in the file to map it";
  return null;
}

function checkColumns(header: readonly string[], input: StartInput, issues: FieldIssue[]): ColumnMapping[] {
  if (input.columns.length !== header.length) {
    issues.push({ path: "columns", message: "do not match the file's header; reload the page" });
    return [];
  }
  const map: ColumnMapping[] = [];
  for (const [i, attribute] of input.columns.entries()) {
    if (attribute === null || attribute === "") continue;
    const first = map.find((m) => m.attribute === attribute);
    const problem = !(attributeNames as readonly string[]).includes(attribute)
      ? `'${attribute}' is not an attribute`
      : (columnProblem(header, i) ?? (first ? `fills ${attribute}, as column '${first.column}' does; keep one` : null));
    if (problem) issues.push({ path: `columns.${i}`, message: problem });
    else map.push({ column: header[i], attribute: attribute as ColumnMapping["attribute"] });
  }
  return map;
}

async function checkSource(input: StartInput, issues: FieldIssue[]): Promise<void> {
  const key = input.sourceKey.trim();
  if (!key) return void issues.push({ path: "sourceKey", message: input.newSource ? "is required" : "choose a source, or a new key" });
  const source = await prisma.source.findUnique({ where: { key }, select: { kind: true, name: true } });
  if (input.newSource && source) {
    const message = source.kind === "CSV" ? `'${key}' is an existing CSV source: choose it from the list` : `'${key}' is taken by ${source.name} (${source.kind}); choose another key`;
    issues.push({ path: "sourceKey", message });
  } else if (!input.newSource && !source) {
    issues.push({ path: "sourceKey", message: `'${key}' no longer exists; choose another source` });
  } else if (source && source.kind !== "CSV") {
    issues.push({ path: "sourceKey", message: `'${key}' is a source of kind ${source.kind}; CSV rows go into a CSV source` });
  }
}

const importPaths: Record<string, string> = { map: "columns", sourceKey: "sourceKey", idColumn: "idColumn", country: "country" };

/**
 * Checks the mapping form against the file it maps and the sources there
 * are, collecting every problem with the field it belongs to, then by the
 * very checks `importCsv` makes, so the import it starts cannot be refused.
 */
export async function planUploadImport(header: readonly string[], input: StartInput): Promise<ImportPlan> {
  const issues: FieldIssue[] = [];
  const map = checkColumns(header, input, issues);
  let idColumn: string | undefined;
  if (input.idColumn !== null) {
    const problem = input.idColumn >= 0 && input.idColumn < header.length ? columnProblem(header, input.idColumn) : "is not a column of the file; reload the page";
    if (problem) issues.push({ path: "idColumn", message: problem });
    else idColumn = header[input.idColumn];
  }
  await checkSource(input, issues);
  if (!map.length && !issues.some((i) => i.path.startsWith("columns"))) issues.push({ path: "columns", message: "is empty: map at least one column to an attribute" });
  let plan: ImportPlan = { sourceKey: input.sourceKey.trim(), map, idColumn, country: input.country?.trim() || undefined };
  try {
    // The import's own checks, which also put the values in its form ("de" becomes "DE").
    const checked = checkImportOptions({ ...plan, file: "upload" });
    plan = { sourceKey: checked.sourceKey, map, idColumn: checked.idColumn, country: checked.country };
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    for (const issue of err.issues) {
      const path = importPaths[issue.path] ?? issue.path;
      // A problem already named for a field, or for one of the columns, is not named twice.
      if (!issues.some((i) => i.path === path || (path === "columns" && i.path.startsWith("columns.")))) issues.push({ path, message: issue.message });
    }
  }
  if (issues.length) throw refusal(header, issues);
  return plan;
}

function refusal(header: readonly string[], issues: FieldIssue[]): AppError {
  const subject = (path: string) => {
    const column = /^columns\.(\d+)$/.exec(path);
    const name = column && header[Number(column[1])];
    if (column) return name ? `The column '${name}'` : `Column ${Number(column[1]) + 1}`;
    return { sourceKey: "The source", columns: "The column map", idColumn: "The id column", country: "The default country" }[path] ?? path;
  };
  return new AppError("VALIDATION_FAILED", `The import was not started: ${issues.map((i) => `${subject(i.path)} ${i.message}`).join("; ")}.`, issues);
}
