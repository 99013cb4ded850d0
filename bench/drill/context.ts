import type { DrillArgs } from "./drill-args";
import type { Receiver } from "./receiver";
import type { Service } from "./service";

/** What every scenario works with: the hub's processes, the subscriber, and how to reach the API. */
export type DrillContext = {
  args: DrillArgs;
  web: Service;
  worker: Service;
  receiver: Receiver;
  redisPort: number;
  webUrl: string;
  /** an admin API token bound to no source, as an integration user pushes with */
  token: string;
  /** the drill's scratch database, for cutting its connections */
  databaseName: string;
};

/** One scenario's verdict and the figures it is judged on. */
export type ScenarioResult = {
  pass: boolean;
  /** one line of figures, e.g. "100,000 rows, 2 kills, …" */
  figures: string;
  rows?: number;
  events?: number;
  badInputs?: number;
  serverErrors?: number;
  lost?: number;
};

export type Scenario = { name: string; run: (ctx: DrillContext) => Promise<ScenarioResult> };

/** 12,345 rather than 12345, so figures read at a glance. */
export const count = (n: number) => n.toLocaleString("en-US");
