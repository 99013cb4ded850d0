import { closeDb } from "@/src/db";
import { AppError, type ErrorCode } from "@/src/errors";
import { closeQueues } from "@/workers/contracts";
import { exportCommand } from "./export-command";
import { importCommand } from "./import-command";
import { matchingCommand } from "./matching-command";
import { usage, UsageError } from "./usage";
import { watchCommand } from "./watch-command";

const commands: Record<string, (args: string[]) => Promise<number>> = {
  import: importCommand,
  watch: watchCommand,
  export: exportCommand,
  matching: matchingCommand,
};

/** Mistakes in what the person asked for; anything else is a failure of the system (exit 1). */
const inputErrors = new Set<ErrorCode>(["BAD_REQUEST", "VALIDATION_FAILED", "NOT_FOUND"]);

function isParseArgsError(err: unknown): boolean {
  return err instanceof TypeError && String((err as NodeJS.ErrnoException).code).startsWith("ERR_PARSE_ARGS");
}

async function run(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (name === "help" || name === "--help" || name === "-h") {
    console.log(usage);
    return 0;
  }
  const command = name === undefined ? undefined : commands[name];
  if (!command) throw new UsageError(name === undefined ? "no command given" : `unknown command '${name}'`);
  return command(args);
}

/** Prints one line a person can act on, never a stack trace, and picks the exit code. */
function report(err: unknown): number {
  if (err instanceof UsageError || isParseArgsError(err)) {
    console.error(`error: ${(err as Error).message}\n\n${usage}`);
    return 2;
  }
  console.error(`error: ${err instanceof Error ? err.message : String(err)}`);
  return err instanceof AppError && inputErrors.has(err.code) ? 2 : 1;
}

try {
  process.exitCode = await run(process.argv.slice(2));
} catch (err) {
  process.exitCode = report(err);
} finally {
  await closeQueues();
  await closeDb();
}
