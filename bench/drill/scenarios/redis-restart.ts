import { setTimeout as sleep } from "node:timers/promises";
import type { Scenario } from "../context";
import { importUnderFault } from "../import-under-fault";
import { startRedis, stopRedis } from "../redis-server";

/**
 * Scenario 2: Redis shut down without saving and started again, empty, twice
 * mid-import. While it is down, /api/ready must say so and name Redis.
 */
export const redisRestart: Scenario = {
  name: "redis-restart",
  run: (ctx) => {
    const outage = async () => {
      await stopRedis(ctx.redisPort);
      await sleep(3000);
      const ready = await fetch(`${ctx.webUrl}/api/ready`).then(async (r) => ({ status: r.status, body: (await r.json()) as { redis?: { ok: boolean }; failing?: string[] } }), () => null);
      await sleep(2000);
      await startRedis(ctx.redisPort);
      const reported = ready?.status === 503 && ready.body.redis?.ok === false && Boolean(ready.body.failing?.includes("redis"));
      return { ok: reported, note: reported ? "readiness reported the outage" : `readiness during the outage: ${ready ? `${ready.status} ${JSON.stringify(ready.body)}` : "no answer"}` };
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
