import { attributeNames } from "@/src/golden/attributes";

/** The text `help` prints and bad usage repeats. */
export const usage = `Usage: npm run cli -- <command> [options]

Commands:
  import --source <key> --file <path.csv> --map "<column>=<attribute>,..."
         [--id-column <column>] [--country <ISO 3166 alpha-2>] [--wait]
      Loads a CSV file as records of a source (created as a CSV source if new).
      --map        which column fills which attribute, e.g. "Given name=firstName,Mail=email"
      --id-column  the column holding each record's id in the source (default: the row number)
      --country    the country of rows that have none, e.g. DE
      --wait       follow matching until every row is done, then print the counts
                   (needs a running worker: npm run worker)
  watch --source <key> --since <ISO date-time>
      Follows the batches a source received since a moment, as printed by import.
  export golden|xrefs|suspects|events --out <file> [--format csv|ndjson]
      Streams one table to a file (written beside it, then renamed), or to standard output with --out -
      (run it as npm run -s cli so npm's own lines stay out of the output).
      golden    every golden record: id, status, version, source count and one column per attribute
      xrefs     source,externalId,goldenRecordId for every active source record
      suspects  leftGoldenRecordId,rightGoldenRecordId,score,status for every duplicate suspect
      events    the change events subscribers are sent, in sequence order, with their payload
      --format  csv (default) or ndjson (one JSON object a line; golden adds each value's lineage)
  matching retrain [--sample <records>] [--activate]
      Learns a draft matching model (EM over candidate pairs plus steward decisions) and
      prints its expected precision and recall; --activate puts it in force.
  matching rekey
      Recomputes the blocking keys of every stored record; run it once after an upgrade
      whose release notes ask for it (records resent unchanged are not re-keyed by ingest).
  help
      Prints this text.

Attributes: ${attributeNames.join(", ")}
`;

/** A command line that cannot be understood: answered with the usage text and exit code 2. */
export class UsageError extends Error {}

/** Throws a UsageError naming the first required option that was not given. */
export function requireOptions<K extends string>(command: string, values: Partial<Record<K, unknown>>, names: K[]): void {
  const missing = names.find((n) => values[n] === undefined);
  if (missing) throw new UsageError(`${command} needs --${missing}`);
}
