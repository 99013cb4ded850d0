import { parseArgs } from "node:util";
import { systemPrincipal } from "@/src/auth/principal";
import { activateModel } from "@/src/matching/model/activate-model";
import { retrainModel } from "@/src/matching/model/retrain-model";
import { rekeySourceRecords } from "@/src/matching/blocking/rekey-source-records";
import { UsageError } from "./usage";

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
// Recorded as the actor on model versions; "cli" is what earlier versions recorded, so history reads the same.
const cli = systemPrincipal("cli");

/** `matching rekey`: recomputes every stored record's blocking keys, as an upgrade that changes them asks. */
async function rekey(): Promise<number> {
  const { scanned, updated } = await rekeySourceRecords((done, changed) => {
    if (done % 100_000 === 0) console.log(`  ${done.toLocaleString("en-US")} records read, ${changed.toLocaleString("en-US")} re-keyed`);
  });
  console.log(`${scanned.toLocaleString("en-US")} records read, ${updated.toLocaleString("en-US")} had keys out of date and were re-keyed`);
  return 0;
}

/**
 * `matching retrain [--sample N] [--activate]`: learns a draft model from the
 * hub's data and steward decisions and prints what it expects of itself; it
 * changes matching only with --activate (or from the portal's Matching page).
 */
export async function matchingCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { sample: { type: "string" }, activate: { type: "boolean" } },
    strict: true,
    allowPositionals: true,
  });
  const action = positionals.join(" ");
  if (action === "rekey") {
    if (values.sample !== undefined || values.activate) throw new UsageError("matching rekey takes no options");
    return rekey();
  }
  if (action !== "retrain") throw new UsageError("matching needs what to do: retrain [--sample N] [--activate], or rekey");
  const sample = values.sample === undefined ? undefined : Number(values.sample);
  if (sample !== undefined && (!Number.isInteger(sample) || sample < 1)) throw new UsageError("--sample must be a whole number above 0");
  const draft = await retrainModel({ principal: cli, sample });
  const training = draft.training as { pairs: number; labelled: number; iterations: number; startedFrom: string };
  const quality = draft.quality as Record<"autoMerge" | "review", { threshold: number; precision: number; recall: number }>;
  console.log(`draft v${draft.version}: ${training.pairs} pairs (${training.labelled} decided by stewards), ${training.iterations} EM iterations`);
  for (const [label, q] of [["auto-merge", quality.autoMerge], ["review", quality.review]] as const) {
    console.log(`  at the ${label} threshold ${q.threshold}: expected precision ${pct(q.precision)}, recall ${pct(q.recall)}`);
  }
  if (values.activate) {
    await activateModel({ modelId: draft.id, principal: cli });
    console.log(`v${draft.version} is now active`);
  } else {
    console.log("not active yet: activate it on the portal's Matching page, or run again with --activate");
  }
  return 0;
}
