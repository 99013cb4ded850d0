import { parseArgs } from "node:util";
import { findImportBatches } from "@/src/sources/csv/find-import-batches";
import { inFlagTerms } from "./flag-errors";
import { followBatches } from "./follow-batches";
import { requireOptions } from "./usage";

const options = { source: { type: "string" }, since: { type: "string" } } as const;

/** `watch`: follows an earlier import's batches to the end, as `import --wait` would have. */
export async function watchCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options, strict: true, allowPositionals: false });
  requireOptions("watch", values, ["source", "since"]);
  const batchIds = await findImportBatches({ sourceKey: values.source!, since: values.since! }).catch(
    inFlagTerms({ sourceKey: "--source", since: "--since" }),
  );
  return followBatches(batchIds);
}
