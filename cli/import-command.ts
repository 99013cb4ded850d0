import { parseArgs } from "node:util";
import { importCsv, type ImportCsvOptions } from "@/src/sources/csv/import-csv";
import { inFlagTerms } from "./flag-errors";
import { followBatches } from "./follow-batches";
import { requireOptions } from "./usage";

const batches = (n: number) => `${n} ${n === 1 ? "batch" : "batches"}`;

const options = {
  source: { type: "string" },
  file: { type: "string" },
  map: { type: "string" },
  "id-column": { type: "string" },
  country: { type: "string" },
  wait: { type: "boolean" },
} as const;

/** Which flag fills which import option, to name the flag when an option is refused; a new option must name its flag. */
const flagOf = {
  sourceKey: "--source",
  file: "--file",
  map: "--map",
  idColumn: "--id-column",
  country: "--country",
} satisfies Record<Exclude<keyof ImportCsvOptions, "onBatch">, string>;

/** `import`: loads a CSV file, then either follows the matching or says how to follow it later. */
export async function importCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options, strict: true, allowPositionals: false });
  requireOptions("import", values, ["source", "file", "map"]);
  const result = await importCsv({
    sourceKey: values.source!,
    file: values.file!,
    map: values.map!,
    idColumn: values["id-column"],
    country: values.country,
    onBatch: ({ batches: n, rows }) => {
      if (process.stderr.isTTY) process.stderr.write(`\rqueued ${rows} rows in ${batches(n)}`);
    },
  }).catch(inFlagTerms(flagOf));
  if (process.stderr.isTTY) process.stderr.write("\n");
  console.error(
    `read ${result.rows} rows of ${values.file} into ${batches(result.batchIds.length)} for source '${result.sourceKey}'` +
      ` (${result.quarantined} quarantined)`,
  );
  if (values.wait) return followBatches(result.batchIds);
  const since = result.startedAt.toISOString();
  console.log(`queued ${batches(result.batchIds.length)}; follow them with: npm run cli -- watch --source ${result.sourceKey} --since ${since}`);
  return 0;
}
