import { setTimeout as sleep } from "node:timers/promises";
import type { Scenario } from "../context";
import { importUnderFault } from "../import-under-fault";
import { startRedis, stopRedis } from "../redis-server";

/**
 * Scenario 2: Redis shut down without saving and started again, empty, twice
 * mid-import. While it is down, /api/health must say so.
 */
export const redisRestart: Scenario = {
  name: "redis-restart",
  run: (ctx) => {
    const outage = async () => {
      await stopRedis(ctx.redisPort);
      await sleep(3000);
      const health = await fetch(`${ctx.webUrl}/api/health`).then(async (r) => ({ status: r.status, body: (await r.json()) as { redis?: { ok: boolean } } }), () => null);
      await sleep(2000);
      await startRedis(ctx.redisPort);
      const reported = health?.status === 503 && health.body.redis?.ok === false;
      return { ok: reported, note: reported ? "health reported the outage" : `health during the outage: ${health ? `${health.status} ${JSON.stringify(health.body)}` : "no answer"}` };
    };
    return importUnderFault(ctx, {
      scenario: "redis",
      rows: Math.max(1000, Math.round(ctx.args.rows / 5)),
      seed: 2,
      faults: [{ at: 0.3, inject: outage }, { at: 0.6, inject: outage }],
      label: "Redis restarted empty at 30% and 60%",
      killsProcesses: false,
    });
  },
};
