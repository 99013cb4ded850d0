import { parseArgs } from "node:util";
import { z } from "zod";
import { AppError } from "@/src/errors";
import { shapes } from "@/bench/generate/shapes";

const schema = z
  .object({
    rows: z.coerce.number({ error: "give a positive whole number of source records to generate" }).int().positive(),
    seed: z.coerce.number().int().nonnegative().default(1),
    /** which kind of customer list to generate; `all` runs each in turn and prints them side by side */
    shape: z.enum([...shapes, "all"], { error: `give one of ${[...shapes, "all"].join(", ")}` }).default("mixed"),
    /** also ingest the records in reverse arrival order, and again in the same order, and say how much the outcome moved */
    orders: z.boolean().default(false),
    concurrency: z.coerce.number().int().positive().max(32).default(2),
    lookupSamples: z.coerce.number().int().nonnegative().default(5000),
    /** share of the load matched with the built-in model before the model is retrained on it and activated for the rest */
    trainShare: z.coerce.number().min(0).max(1).default(0),
    /** how many false merges and missed pairs to print with their evidence; beyond a thousand nobody reads them */
    examples: z.coerce.number().int().nonnegative().max(1000).default(5),
    keep: z.boolean().default(false),
    /** store every record as its own customer without matching, then measure blocking only */
    storeOnly: z.boolean().default(false),
    /** which lane decides the batches of a thousand: bulk runs (as a CSV import or initial load is), or the real-time path, batch by batch */
    lane: z.enum(["bulk", "real-time"], { error: "give bulk or real-time" }).default("bulk"),
    /** ingest the records through both lanes, each in a database of its own, and say how far their outcomes differ */
    compareLanes: z.boolean().default(false),
    /** set by bench/match.ts for its child runs: the order records arrive in */
    arrival: z.enum(["forward", "reversed"]).default("forward"),
    /** set by bench/match.ts for its child runs: match only, and write where each record landed */
    ingestOnly: z.boolean().default(false),
    /** set by bench/match.ts for its child runs: the file the child writes its figures to, instead of printing them */
    result: z.string().optional(),
  })
  .refine((a) => !a.ingestOnly || a.result, { path: ["ingestOnly"], error: "is for bench/match.ts's own child runs and needs --result" })
  .refine((a) => !a.storeOnly || (a.shape !== "all" && !a.orders), { path: ["storeOnly"], error: "measures blocking only; it does not combine with --shape all or --orders" })
  .refine((a) => !a.compareLanes || (a.shape !== "all" && !a.orders && !a.storeOnly), { path: ["compareLanes"], error: "compares the lanes on one shape; it does not combine with --shape all, --orders or --store-only" });

export type MatchArgs = z.infer<typeof schema>;

/** How to call the benchmark, shown with any argument error. */
export const usage =
  "Usage: npm run bench:match -- --rows N [--shape mixed|two-source|one-source|organizations|all] [--orders] [--seed S] [--concurrency C] [--lookup-samples M] [--train-share 0..1] [--examples N] [--keep] [--store-only] [--lane bulk|real-time] [--compare-lanes]";

const flag = (key: PropertyKey) => String(key).replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** Reads the benchmark's flags, or says which one is wrong and how to call it. */
export function parseMatchArgs(argv: string[]): MatchArgs {
  const { values } = parseFlags(argv);
  const camel = Object.fromEntries(Object.entries(values).map(([k, v]) => [k.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase()), v]));
  const parsed = schema.safeParse(camel);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `--${flag(i.path[0])}: ${i.message}`);
    throw new AppError("BAD_REQUEST", [...problems, usage].join("\n"));
  }
  return parsed.data;
}

/** The flags that give these arguments back, for a child run of the benchmark. */
export function toFlags(args: MatchArgs): string[] {
  return Object.entries(args).flatMap(([key, value]) => {
    if (value === undefined || value === false) return [];
    return value === true ? [`--${flag(key)}`] : [`--${flag(key)}`, String(value)];
  });
}

function parseFlags(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      strict: true,
      options: {
        rows: { type: "string" },
        seed: { type: "string" },
        shape: { type: "string" },
        orders: { type: "boolean" },
        concurrency: { type: "string" },
        "lookup-samples": { type: "string" },
        "train-share": { type: "string" },
        examples: { type: "string" },
        keep: { type: "boolean" },
        "store-only": { type: "boolean" },
        arrival: { type: "string" },
        lane: { type: "string" },
        "compare-lanes": { type: "boolean" },
        "ingest-only": { type: "boolean" },
        result: { type: "string" },
      },
    });
  } catch (err) {
    throw new AppError("BAD_REQUEST", `${(err as Error).message}\n${usage}`);
  }
}
