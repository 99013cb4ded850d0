import { setTimeout as sleep } from "node:timers/promises";
import { groupBy } from "@/src/group-by";
import type { DrillContext } from "./context";

export type PushRecord = { sourceKey: string; externalId: string; updatedAt?: string; attributes: Record<string, unknown> };

/** What pushing saw: the batches accepted, and every answer that was not a 2xx, by status. */
export type PushOutcome = { batchIds: string[]; statuses: Map<number, number>; retried: number };

/**
 * Pushes records through the REST API as a source system would: per source
 * in batches of up to 1000, a few requests at a time. A request the web
 * server could not answer at all (connection reset) is sent again, as a
 * source's sync would; an HTTP error answer is counted, not retried, because
 * it is a finding.
 */
export async function pushRecords(ctx: DrillContext, records: readonly PushRecord[], opts: { batchSize?: number; parallel?: number } = {}): Promise<PushOutcome> {
  const size = opts.batchSize ?? 1000;
  const bySource = groupBy(records, (r) => r.sourceKey);
  const batches: { sourceKey: string; records: PushRecord[] }[] = [];
  for (const [sourceKey, list] of bySource) for (let i = 0; i < list.length; i += size) batches.push({ sourceKey, records: list.slice(i, i + size) });
  const outcome: PushOutcome = { batchIds: [], statuses: new Map(), retried: 0 };
  let next = 0;
  const lane = async () => {
    while (next < batches.length) {
      const batch = batches[next++];
      const body = JSON.stringify({ records: batch.records.map(({ sourceKey: _, ...r }) => r) });
      const answer = await postUntilAnswered(ctx, `/api/sources/${encodeURIComponent(batch.sourceKey)}/records`, body, () => outcome.retried++);
      if (answer.status === 202) outcome.batchIds.push(((await answer.json()) as { batchId: string }).batchId);
      else outcome.statuses.set(answer.status, (outcome.statuses.get(answer.status) ?? 0) + 1);
    }
  };
  await Promise.all(Array.from({ length: opts.parallel ?? 2 }, lane));
  return outcome;
}

/** POSTs JSON with the drill's token, sending again while the server cannot be reached. */
export async function postUntilAnswered(ctx: DrillContext, path: string, body: BodyInit, onRetry = () => {}, contentType = "application/json"): Promise<Response> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fetch(`${ctx.webUrl}${path}`, {
        method: "POST",
        headers: { authorization: `Bearer ${ctx.token}`, "content-type": contentType },
        body,
        signal: AbortSignal.timeout(120_000),
      });
    } catch (err) {
      if (attempt >= 30) throw err;
      onRetry();
      await sleep(1000);
    }
  }
}
