import countries from "i18n-iso-countries";
import { z } from "zod";
import { env } from "@/src/env";
import { AppError, fieldIssues } from "@/src/errors";
import type { IncomingRecord } from "@/src/ingest/record-schema";
import { storeBatch, type QuarantinedRecord } from "@/src/ingest/store-batch";
import { ensureCsvSource } from "./ensure-csv-source";
import { invalidOptions } from "./invalid-options";
import { mapCsvRow } from "./map-csv-row";
import { checkColumnMappings, parseColumnMap } from "./parse-column-map";
import { readCsvRows } from "./read-csv-rows";

const optionsSchema = z.object({
  sourceKey: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, "must be 1-64 letters, digits, '.', '_' or '-' (it appears in URLs)"),
  file: z.string().min(1, "is required"),
  /** `<column>=<attribute>,...` as typed on the command line, or a list when column names may hold a comma */
  map: z.union([z.string().min(1, "is required"), z.array(z.object({ column: z.string(), attribute: z.string() }))]),
  idColumn: z.string().trim().min(1, "is empty").optional(),
  country: z
    .string()
    .trim()
    .toUpperCase()
    .refine((c) => /^[A-Z]{2}$/.test(c) && countries.isValid(c), "must be an ISO 3166 alpha-2 code such as DE or US")
    .optional(),
});

/** What each option is called in a message; the schema's messages say only what is wrong with it. */
const subjects = {
  sourceKey: "The source key",
  file: "The file name",
  map: "The column map",
  idColumn: "The id column",
  country: "The default country",
};

/** After each stored batch: the batches and rows so far, the batch just stored and the rows quarantined so far. */
export type ImportProgress = { batches: number; rows: number; batchId: string; quarantined: number };

/** `onBatch` hears of each stored batch, so a terminal or a progress page can show that a long file is moving. */
export type ImportCsvOptions = z.input<typeof optionsSchema> & { onBatch?: (progress: ImportProgress) => void | Promise<void> };

/** How messages name the file when its path is not what the person knows it by (a portal upload's temporary file). */
type Naming = { fileName?: string };

/** The batches to follow, and `startedAt` (the first batch's time, by the database's clock) to find them again later. */
export type ImportedCsv = { sourceKey: string; batchIds: string[]; rows: number; quarantined: number; startedAt: Date };

/**
 * Checks an import's options as `importCsv` does before reading a row, so a
 * caller that runs the import later (the portal, after answering the form)
 * can refuse a mistake while the person is still looking at the form.
 */
export function checkImportOptions(opts: Omit<ImportCsvOptions, "onBatch">) {
  const parsed = optionsSchema.safeParse(opts);
  if (!parsed.success) throw invalidOptions(subjects, fieldIssues(parsed.error.issues));
  const { map, ...rest } = parsed.data;
  return { ...rest, mappings: typeof map === "string" ? parseColumnMap(map) : checkColumnMappings(map) };
}

/**
 * Loads a CSV export from a system that has no connector: each row becomes a
 * record of the source and goes through the same stored batch, queue and
 * matching as an API push, so quarantine and matching behave identically.
 * Mistakes in the command (unknown attribute, missing column, missing file)
 * are refused before anything is written; bad rows are quarantined one by one.
 */
export async function importCsv(opts: ImportCsvOptions & Naming): Promise<ImportedCsv> {
  const { sourceKey, file, idColumn, country, mappings } = checkImportOptions(opts);
  const label = opts.fileName ?? file;
  const requiredColumns = [...mappings.map((m) => m.column), ...(idColumn ? [idColumn] : [])];

  const batchIds: string[] = [];
  let startedAt: Date | undefined;
  let source: { id: string } | undefined;
  let accepted: IncomingRecord[] = [];
  let rejected: QuarantinedRecord[] = [];
  let rows = 0;
  let quarantined = 0;
  const flush = async () => {
    source ??= await ensureCsvSource(sourceKey);
    const stored = await storeBatch({ sourceId: source.id, accepted, rejected });
    batchIds.push(stored.batchId);
    startedAt ??= stored.createdAt;
    quarantined += rejected.length;
    accepted = [];
    rejected = [];
    await opts.onBatch?.({ batches: batchIds.length, rows, batchId: stored.batchId, quarantined });
  };

  try {
    for await (const row of readCsvRows({ file, requiredColumns, label })) {
      const mapped = mapCsvRow(row, { mappings, idColumn, country });
      if ("record" in mapped) accepted.push(mapped.record);
      else rejected.push(mapped.rejected);
      rows = row.number;
      if (accepted.length + rejected.length === env.INGEST_MAX_BATCH) await flush();
    }
  } catch (err) {
    if (!(err instanceof AppError) || !batchIds.length) throw err;
    const done = rows - accepted.length - rejected.length;
    throw new AppError(err.code, `${err.message} The ${done} rows before it were already queued in ${batchIds.length} batches.`, err.issues);
  }
  if (accepted.length + rejected.length) await flush();
  if (!startedAt) throw new AppError("BAD_REQUEST", `${label} has a header but no rows; nothing was imported.`);
  return { sourceKey, batchIds, rows, quarantined, startedAt };
}
