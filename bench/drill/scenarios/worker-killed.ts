import { setTimeout as sleep } from "node:timers/promises";
import type { Scenario } from "../context";
import { importUnderFault } from "../import-under-fault";

/** Scenario 1: the worker is killed with SIGKILL twice mid-import and started again. */
export const workerKilled: Scenario = {
  name: "worker-killed",
  run: (ctx) => {
    const kill = async () => {
      await ctx.worker.kill();
      await sleep(2000);
      await ctx.worker.start();
    };
    return importUnderFault(ctx, {
      scenario: "killed",
      rows: ctx.args.rows,
      seed: 1,
      faults: [{ at: 0.3, inject: kill }, { at: 0.6, inject: kill }],
      label: "worker SIGKILLed at 30% and 60%",
      killsProcesses: true,
    });
  },
};
