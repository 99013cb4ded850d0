import { closeDb } from "@/src/db";
import { AppError, type ErrorCode } from "@/src/errors";
import { closeQueues } from "@/workers/contracts";
import { serviceAddress, unreachableService } from "./connection-error";
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

/** What running a command again does after an outage stopped it, where that is worth saying. */
const afterOutage = new Map([
  ["import", " (the import resumes where it stopped: rows already stored come back as unchanged)"],
  ["watch", " (the batches are kept; watching again picks them up where they are)"],
]);

/** Prisma's messages open with a code frame of its own minified client; the sentence that matters comes last. */
function messageOf(err: unknown): string {
  if (!(err instanceof Error)) return String(err);
  return err.name.startsWith("PrismaClient") ? (err.message.trim().split("\n").at(-1) ?? err.message) : err.message;
}

/** Prints one line a person can act on, never a stack trace, and picks the exit code. */
function report(err: unknown, command: string | undefined): number {
  if (err instanceof UsageError || isParseArgsError(err)) {
    console.error(`error: ${(err as Error).message}\n\n${usage}`);
    return 2;
  }
  const service = unreachableService(err);
  if (service) {
    console.error(`error: cannot reach ${service} at ${serviceAddress(service)} — start it and run the command again${afterOutage.get(command ?? "") ?? ""}`);
    return 1;
  }
  console.error(`error: ${messageOf(err)}`);
  return err instanceof AppError && inputErrors.has(err.code) ? 2 : 1;
}

try {
  process.exitCode = await run(process.argv.slice(2));
} catch (err) {
  process.exitCode = report(err, process.argv[2]);
} finally {
  await closeQueues();
  await closeDb();
}
