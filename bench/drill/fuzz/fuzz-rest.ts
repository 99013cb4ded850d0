import type { DrillContext } from "../context";
import { postUntilAnswered, type PushRecord } from "../push-records";
import { badRecord } from "./bad-records";
import { badRestRequests, type BadRequest } from "./bad-requests";
import { FuzzTally } from "./fuzz-tally";

const GOOD_PER_BATCH = 5;
const BAD_PER_BATCH = 15;

type Rejected = { index: number; issues: { path: string; message: string }[] };

/**
 * Batches that mix good records with bad ones: the good ones must be
 * accepted and the bad ones quarantined with their reasons (or, for odd but
 * legitimate data, accepted as data), never the whole batch refused or a 500.
 */
export async function fuzzMixedBatches(ctx: DrillContext, tally: FuzzTally, sourceKey: string, badRecords: number): Promise<PushRecord[]> {
  const goods: PushRecord[] = [];
  for (let sent = 0, b = 0; sent < badRecords; b++) {
    const bad = Array.from({ length: Math.min(BAD_PER_BATCH, badRecords - sent) }, (_, i) => badRecord(sent + i));
    const good = Array.from({ length: GOOD_PER_BATCH }, (_, i) => ({
      sourceKey,
      externalId: `good-${b}-${i}`,
      attributes: { firstName: "Greta", lastName: `Gutfeld ${b}-${i}`, email: `greta.${b}.${i}@example.de`, country: "DE" },
    }));
    const records = [...good.map(({ sourceKey: _, ...r }) => r), ...bad.map((x) => x.record)];
    const res = await postUntilAnswered(ctx, `/api/sources/${sourceKey}/records`, JSON.stringify({ records }));
    const body = await tally.answer(`mixed batch`, res);
    if (res.status === 202) {
      const rejected = new Map(((body as { rejected?: Rejected[] }).rejected ?? []).map((r) => [r.index, r]));
      bad.forEach((x, i) => {
        const r = rejected.get(GOOD_PER_BATCH + i);
        if (r && !r.issues.every((issue) => issue.path && issue.message)) tally.unclear(x.kind, JSON.stringify(r));
        if (!r && !x.storable) tally.letIn(x.kind);
      });
      if ([...rejected.keys()].some((index) => index < GOOD_PER_BATCH)) tally.goodRefused(JSON.stringify([...rejected.values()][0]));
    }
    tally.tried(bad.length);
    goods.push(...good);
    sent += bad.length;
  }
  return goods;
}

async function send(ctx: DrillContext, request: BadRequest): Promise<Response> {
  const auth: Record<string, string> = request.auth === "none" ? {} : { authorization: `Bearer ${request.auth === "bad" ? "ghk_not-a-token" : ctx.token}` };
  return fetch(`${ctx.webUrl}${request.path}`, {
    method: request.body === "" ? "GET" : "POST",
    headers: { ...auth, "content-type": request.contentType ?? "application/json" },
    body: request.body === "" ? undefined : request.body,
    signal: AbortSignal.timeout(60_000),
  });
}

/** Whole requests that are wrong, each kind in turn: every answer a 4xx with a JSON body that says what is wrong. */
export async function fuzzRequests(ctx: DrillContext, tally: FuzzTally, makers: ((n: number) => BadRequest)[], n: number): Promise<void> {
  for (let i = 0; i < n; i++) {
    const request = makers[i % makers.length](i);
    try {
      await tally.answer(request.kind, await send(ctx, request));
    } catch (err) {
      tally.noAnswer(request.kind, (err as Error).message);
    }
    tally.tried(1);
  }
}

export { badRestRequests };
