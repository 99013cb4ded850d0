import { setTimeout as sleep } from "node:timers/promises";
import { sql } from "@/src/db";
import { checkDeliveries, deliveriesOk, describeDeliveries, markNow, missingRecords } from "./checks";
import { count, type DrillContext, type ScenarioResult } from "./context";
import { generatedLoad } from "./generated-load";
import { pushRecords } from "./push-records";
import { retrying, settle } from "./settle";

/** A fault injected when this share of the rows has been matched; it may report a check it made during the fault. */
export type Fault = { at: number; inject: () => Promise<{ ok: boolean; note: string } | void> };

async function processedRows(scenario: string): Promise<number> {
  const [row] = await sql<{ n: number }[]>`
    SELECT coalesce(sum(b.processed), 0)::int AS n FROM "IngestBatch" b JOIN "Source" s ON s.id = b."sourceId" WHERE s.key LIKE ${`${scenario}-%`}`;
  return row.n;
}

/**
 * Imports a generated population while faults strike at set points, then
 * waits with no manual step for the pipeline to finish, and checks that every
 * row is held once, no batch failed, and every event reached the subscriber
 * once and in order.
 */
export async function importUnderFault(ctx: DrillContext, opts: { scenario: string; rows: number; seed: number; faults: Fault[]; label: string; killsProcesses: boolean }): Promise<ScenarioResult> {
  const records = await generatedLoad(opts.scenario, opts.rows, opts.seed);
  const mark = await markNow(ctx.receiver);
  const pushing = pushRecords(ctx, records);
  const notes: string[] = [];
  let faultChecksOk = true;
  for (const fault of opts.faults) {
    while ((await retrying(() => processedRows(opts.scenario))) < fault.at * opts.rows) await sleep(250);
    const seen = await fault.inject();
    if (seen) {
      notes.push(seen.note);
      faultChecksOk &&= seen.ok;
    }
  }
  const pushed = await pushing;
  const settled = await settle(15 * 60_000);
  const stored = await missingRecords(records);
  const deliveries = await checkDeliveries(ctx.receiver, mark);
  const refused = [...pushed.statuses].map(([status, n]) => `${n}×${status}`).join(" ");
  const pass = faultChecksOk && settled.settled && stored.missing === 0 && stored.failedBatches === 0 && !refused && deliveriesOk(deliveries, { repeatsAllowed: opts.killsProcesses });
  const figures = [
    `${count(opts.rows)} rows, ${opts.label}`,
    settled.settled ? `settled ${settled.seconds}s after the last push` : `NOT settled after ${settled.seconds}s (${JSON.stringify(settled.owed)})`,
    `${stored.missing} rows lost, ${stored.quarantined} quarantined, ${stored.failedBatches} batches failed`,
    refused ? `pushes refused: ${refused}` : "",
    describeDeliveries(deliveries),
    // One line per distinct finding: two outages that both went as they should read as one note, counted.
    ...[...new Set(notes)].map((note) => {
      const times = notes.filter((n) => n === note).length;
      return times > 1 ? `${note} (each of ${times} times)` : note;
    }),
  ].filter(Boolean);
  return { pass, figures: figures.join("; "), rows: opts.rows, events: deliveries.events, lost: stored.missing };
}
