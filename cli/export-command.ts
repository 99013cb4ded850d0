import { parseArgs } from "node:util";
import { exportSuspects } from "@/src/exports/export-suspects";
import { exportXrefs } from "@/src/exports/export-xrefs";
import { requireOptions, UsageError } from "./usage";

const exporters = { xrefs: exportXrefs, suspects: exportSuspects };

/** `export xrefs|suspects`: streams one table to a CSV file and prints how many rows it wrote. */
export async function exportCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, options: { out: { type: "string" } }, strict: true, allowPositionals: true });
  const what = positionals[0];
  if (positionals.length !== 1 || !(what in exporters)) throw new UsageError("export needs what to export: xrefs or suspects");
  requireOptions("export", values, ["out"]);
  const { rows } = await exporters[what as keyof typeof exporters]({ file: values.out! });
  console.log(`wrote ${rows} ${what} rows to ${values.out}`);
  return 0;
}
