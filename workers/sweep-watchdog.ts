import type { Job } from "bullmq";
import type { Redis } from "ioredis";
import { env } from "@/src/env";
import { maintenanceSweep } from "./jobs/maintenance-sweep";
import { SWEEP_EVERY_MS } from "./keep-schedulers";

/** Three missed sweeps: one late job is normal under load, three mean the schedule is gone or stuck. */
const STALE_AFTER_MS = 3 * SWEEP_EVERY_MS;
const markKey = () => `${env.QUEUE_PREFIX}:sweep:recent`;
/** The sweep ignores its job; this stands in for one when the worker runs it itself. */
const noJob = { attemptsMade: 0, opts: { attempts: 1 } } as unknown as Job;

export type SweepWatchdog = {
  /** Called when a scheduled sweep finished, in this process, so the watchdog stays quiet. */
  noteSwept: () => void;
  stop: () => void;
};

/**
 * The sweep is what recovers work Redis lost, so it must not itself depend on
 * a job in Redis. Every worker checks for a recent-sweep mark; when none is
 * there (the scheduler vanished, or Redis came back empty) the first worker
 * to claim the mark sweeps in-process. Claiming is one SET NX, so several
 * workers do not all sweep, and a sweep that does overlap only re-queues
 * under deterministic job ids, which is a no-op for live jobs. `redis`
 * should fail fast: while Redis is away a sweep could not queue anything.
 */
export function startSweepWatchdog(redis: Redis, onSwept: (work: unknown) => void): SweepWatchdog {
  let sweeping = false;
  const tick = async () => {
    if (sweeping) return;
    sweeping = true;
    try {
      const claimed = await redis.set(markKey(), String(Date.now()), "PX", STALE_AFTER_MS, "NX");
      if (claimed === "OK") onSwept(await maintenanceSweep({}, noJob));
    } catch {
      // Redis or Postgres is away; the next tick tries again.
    } finally {
      sweeping = false;
    }
  };
  const timer = setInterval(() => void tick(), SWEEP_EVERY_MS);
  return {
    noteSwept: () => void redis.set(markKey(), String(Date.now()), "PX", STALE_AFTER_MS).catch(() => {}),
    stop: () => clearInterval(timer),
  };
}
