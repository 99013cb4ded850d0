import { vi } from "vitest";
import { CatalogTextClient } from "@/prisma/compat-adapter";
import { sql } from "@/src/db";

type Debuggable = { options: { debug?: unknown } };

/**
 * Every SQL statement sent to Postgres while `run` runs, through either
 * handle: Prisma's (each statement its pg adapter sends passes through the
 * pool's client class, spied on here) and postgres.js's (its `debug` hook,
 * read per statement). For tests only: production carries no counter, so it
 * pays nothing for one. Prisma 6 with a driver adapter emits no query events,
 * and pg_stat_statements is not installed.
 */
export async function statementsDuring(run: () => Promise<unknown>): Promise<string[]> {
  const statements: string[] = [];
  const spy = vi.spyOn(CatalogTextClient.prototype, "query");
  const options = (sql as unknown as Debuggable).options;
  const debug = options.debug;
  // postgres.js reads the array types once per new connection; that is connection set-up, not the request's work.
  options.debug = (_connection: number, text: string) => void (/\btyparray\b/.test(text) ? undefined : statements.push(`postgres.js: ${text}`));
  try {
    await run();
  } finally {
    options.debug = debug;
    for (const [query] of spy.mock.calls as unknown[][]) {
      statements.push(`prisma: ${typeof query === "string" ? query : (query as { text?: string }).text}`);
    }
    spy.mockRestore();
  }
  return statements;
}
