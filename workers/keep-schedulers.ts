import { prisma } from "@/src/db";
import { queue, type JobName, type QueueName } from "./contracts";

/** How often the maintenance sweep runs; the sweep watchdog counts missed sweeps in these. */
export const SWEEP_EVERY_MS = 10_000;

const CHECK_EVERY_MS = 5_000;
/** A check still waiting after this long is given up, so a hung call cannot stop the checks for good. */
const CHECK_TIMEOUT_MS = 10_000;

/** How often each connector source syncs; its change events (Salesforce) arrive in between. */
export const SOURCE_SYNC_EVERY_MS = 60_000;

type Scheduler = { id: string; queue: QueueName; every: number; job: JobName; data: Record<string, string> };

/** The hub's own repeating jobs. */
export const schedulers: Scheduler[] = [{ id: "sweep", queue: "maintenance", every: SWEEP_EVERY_MS, job: "maintenance.sweep", data: {} }];

/** One incremental sync per connector source, read from Postgres each time, so a newly registered source is scheduled within one check. */
async function sourceSchedulers(): Promise<Scheduler[]> {
  const sources = await prisma.source.findMany({ where: { connector: { not: null } }, select: { id: true } });
  return sources.map((s) => ({ id: `sync-every-${s.id}`, queue: "sources", every: SOURCE_SYNC_EVERY_MS, job: "sources.sync", data: { sourceId: s.id } }));
}

const upsert = (s: Scheduler) => queue(s.queue).upsertJobScheduler(s.id, { every: s.every }, { name: s.job, data: s.data });

/** Writes every scheduler, so a changed interval in a new release replaces the old one at start. */
export async function upsertSchedulers(): Promise<void> {
  for (const s of [...schedulers, ...(await sourceSchedulers())]) await upsert(s);
}

/** Re-creates the schedulers Redis no longer has (or never had: a source registered since) and names them; existing ones keep their timing. */
export async function restoreMissingSchedulers(): Promise<string[]> {
  const restored: string[] = [];
  for (const s of [...schedulers, ...(await sourceSchedulers())]) {
    if (await queue(s.queue).getJobScheduler(s.id)) continue;
    await upsert(s);
    restored.push(s.id);
  }
  return restored;
}

/**
 * Schedulers live only in Redis: one restarted without persistence, or
 * flushed, forgets them while workers stay connected and idle. Checking on a
 * timer (rather than on reconnect events) also catches a flush that never
 * dropped the connection. Returns a function that stops the checks.
 */
export function keepSchedulers(onRestored: (ids: string[]) => void): () => void {
  let checking = false;
  const check = async () => {
    if (checking) return;
    checking = true;
    const giveUp = new Promise<string[]>((resolve) => setTimeout(() => resolve([]), CHECK_TIMEOUT_MS).unref());
    try {
      const restored = await Promise.race([restoreMissingSchedulers(), giveUp]);
      if (restored.length) onRestored(restored);
    } catch {
      // Redis is away; the next check tries again once it is back.
    } finally {
      checking = false;
    }
  };
  const timer = setInterval(() => void check(), CHECK_EVERY_MS);
  return () => clearInterval(timer);
}
