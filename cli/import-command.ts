import { parseArgs } from "node:util";
import { importCsv, type ImportCsvOptions } from "@/src/sources/csv/import-csv";
import { closeQueues } from "@/workers/contracts";
import { ServiceUnreachable } from "./connection-error";
import { inFlagTerms } from "./flag-errors";
import { followBatches } from "./follow-batches";
import { StatusLine } from "./status-line";
import { requireOptions } from "./usage";
import { OUTAGE_PATIENCE_MS, watchRedis } from "./watch-redis";

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

/**
 * Stores the file's batches, saying on the progress line when Redis is away.
 * Storing goes on meanwhile (a batch that could not be queued is queued later
 * by the sweeper), but queueing on a connection that has not come up yet waits
 * for Redis; an import held up that way for the patience stops with one line.
 */
async function storeBatches(opts: Omit<ImportCsvOptions, "onBatch">) {
  const line = new StatusLine();
  const redis = watchRedis((down) => line.setWaiting(down ? "Redis" : null));
  let lastStored = Date.now();
  let check: NodeJS.Timeout | undefined;
  const heldUp = new Promise<never>((_, reject) => {
    check = setInterval(() => {
      const since = redis.downSince();
      if (since !== null && Date.now() - Math.max(since, lastStored) > OUTAGE_PATIENCE_MS) reject(new ServiceUnreachable("Redis"));
    }, 1000);
  });
  const onBatch = ({ batches: n, rows }: { batches: number; rows: number }) => {
    lastStored = Date.now();
    line.setProgress(`queued ${rows} rows in ${batches(n)}`);
  };
  try {
    return await Promise.race([importCsv({ ...opts, onBatch }), heldUp]);
  } finally {
    clearInterval(check);
    redis.stop();
    line.end();
  }
}

/** `import`: loads a CSV file, then either follows the matching or says how to follow it later. */
export async function importCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options, strict: true, allowPositionals: false });
  requireOptions("import", values, ["source", "file", "map"]);
  const result = await storeBatches({
    sourceKey: values.source!,
    file: values.file!,
    map: values.map!,
    idColumn: values["id-column"],
    country: values.country,
  }).catch(inFlagTerms(flagOf));
  // Following needs no queue: its connection would only go on reconnecting through an outage meanwhile.
  await closeQueues();
  console.error(
    `read ${result.rows} rows of ${values.file} into ${batches(result.batchIds.length)} for source '${result.sourceKey}'` +
      ` (${result.quarantined} quarantined)`,
  );
  if (values.wait) return followBatches(result.batchIds);
  const since = result.startedAt.toISOString();
  console.log(`queued ${batches(result.batchIds.length)}; follow them with: npm run cli -- watch --source ${result.sourceKey} --since ${since}`);
  return 0;
}
