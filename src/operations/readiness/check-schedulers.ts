import { queue, type QueueName } from "@/workers/contracts";

export type SchedulerRef = { id: string; queue: QueueName };
export type Schedulers = { ok: boolean; missing: string[] };

/**
 * Whether Redis holds the repeating jobs the hub relies on (the maintenance
 * sweep above all: it re-queues whatever Redis lost). A Redis that restarted
 * empty answers pings and keeps workers beating while no sweep will ever run
 * again, until a worker's scheduler check puts it back; until then the hub is
 * not ready, and says which scheduler is missing.
 */
export async function checkSchedulers(expected: readonly SchedulerRef[]): Promise<Schedulers> {
  const present = await Promise.all(expected.map(async (s) => Boolean(await queue(s.queue).getJobScheduler(s.id))));
  const missing = expected.filter((_, i) => !present[i]).map((s) => `${s.queue}:${s.id}`);
  return { ok: missing.length === 0, missing };
}
