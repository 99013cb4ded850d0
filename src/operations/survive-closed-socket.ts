import { logger } from "./logger";

/**
 * postgres.js 3.4.9 can write to a connection PostgreSQL has just closed and
 * throw from a timer, where nobody can catch it, killing the process
 * (porsager/postgres#1154, fix in PR #1209, not released). By then the query
 * on that connection was already rejected with CONNECTION_CLOSED and retried
 * by its caller, so the stray write has nothing left to do. Only that error
 * is survived; any other uncaught exception is logged (through the process's
 * logger, so it is one JSON line like the rest) and, with
 * `exitOnOthers` (the worker, whose supervisor restarts it), ends the process
 * as Node would. The web server leaves the rest to Next.js, as before.
 */
export function surviveClosedSocketWrites(opts: { exitOnOthers: boolean }): void {
  process.on("uncaughtException", (error) => {
    const stray = error instanceof TypeError && /reading 'write'/.test(error.message) && /postgres\/src\/connection\.js/.test(error.stack ?? "");
    if (stray) {
      logger.warn("postgres.js wrote to a connection PostgreSQL had closed; the query was already failed and retried");
      return;
    }
    logger.fatal({ err: error }, "uncaught exception");
    if (opts.exitOnOthers) process.exit(1);
  });
}
