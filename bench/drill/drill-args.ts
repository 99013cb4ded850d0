import { parseArgs } from "node:util";
import { z } from "zod";
import { AppError } from "@/src/errors";

export const scenarioNames = ["worker-killed", "redis-restart", "receiver-down", "replayed-event", "steward-race", "postgres-cut", "fuzz"] as const;

const schema = z.object({
  /** rows of the worker-killed import; the Redis and PostgreSQL scenarios import a fifth of it each */
  rows: z.coerce.number().int().positive().default(100_000),
  /** how long the subscriber's receiver is down */
  receiverDown: z.coerce.number().int().positive().default(60),
  fuzz: z.coerce.number().int().positive().default(10_000),
  only: z.array(z.enum(scenarioNames)).default([...scenarioNames]),
});

export type DrillArgs = z.infer<typeof schema>;

/** How to call the drill, shown with any argument error. */
const usage = `Usage: npm run drill -- [--rows N] [--receiver-down SECONDS] [--fuzz N] [--only ${scenarioNames.join("|")}]...`;

/** Reads the drill's flags, or says which one is wrong and how to call it. */
export function parseDrillArgs(argv: string[]): DrillArgs {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { rows: { type: "string" }, "receiver-down": { type: "string" }, fuzz: { type: "string" }, only: { type: "string", multiple: true } },
      strict: true,
    }));
  } catch (err) {
    throw new AppError("BAD_REQUEST", `${(err as Error).message}\n${usage}`);
  }
  const parsed = schema.safeParse({ rows: values.rows, receiverDown: values["receiver-down"], fuzz: values.fuzz, only: values.only });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `--${String(i.path[0]).replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}: ${i.message}`);
    throw new AppError("BAD_REQUEST", [...problems, usage].join("\n"));
  }
  return parsed.data;
}
