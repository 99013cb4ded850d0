import { parseArgs } from "node:util";
import { z } from "zod";
import { AppError } from "@/src/errors";

const schema = z.object({
  rows: z.coerce.number({ error: "give a positive whole number of source records to generate" }).int().positive(),
  seed: z.coerce.number().int().nonnegative().default(1),
  concurrency: z.coerce.number().int().positive().max(32).default(2),
  lookupSamples: z.coerce.number().int().nonnegative().default(5000),
  /** share of the load matched with the built-in model before the model is retrained on it and activated for the rest */
  trainShare: z.coerce.number().min(0).max(1).default(0),
  /** how many false merges and missed pairs to print with their evidence; beyond a thousand nobody reads them */
  examples: z.coerce.number().int().nonnegative().max(1000).default(5),
  keep: z.boolean().default(false),
  /** store every record as its own customer without matching, then measure blocking only */
  storeOnly: z.boolean().default(false),
});

export type MatchArgs = z.infer<typeof schema>;

/** How to call the benchmark, shown with any argument error. */
export const usage =
  "Usage: npm run bench:match -- --rows N [--seed S] [--concurrency C] [--lookup-samples M] [--train-share 0..1] [--examples N] [--keep] [--store-only]";

/** Reads the benchmark's flags, or says which one is wrong and how to call it. */
export function parseMatchArgs(argv: string[]): MatchArgs {
  const { values } = parseFlags(argv);
  const parsed = schema.safeParse({ ...values, lookupSamples: values["lookup-samples"], trainShare: values["train-share"], storeOnly: values["store-only"] });
  if (!parsed.success) {
    const flag = (key: PropertyKey) => String(key).replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
    const problems = parsed.error.issues.map((i) => `--${flag(i.path[0])}: ${i.message}`);
    throw new AppError("BAD_REQUEST", [...problems, usage].join("\n"));
  }
  return parsed.data;
}

function parseFlags(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      strict: true,
      options: {
        rows: { type: "string" },
        seed: { type: "string" },
        concurrency: { type: "string" },
        "lookup-samples": { type: "string" },
        "train-share": { type: "string" },
        examples: { type: "string" },
        keep: { type: "boolean" },
        "store-only": { type: "boolean" },
      },
    });
  } catch (err) {
    throw new AppError("BAD_REQUEST", `${(err as Error).message}\n${usage}`);
  }
}
