import { sql } from "@/src/db";
import type { Scenario } from "../context";
import { importUnderFault } from "../import-under-fault";
import { retrying } from "../settle";

/** Scenario 6: every hub connection to PostgreSQL is terminated three times mid-import. */
export const postgresCut: Scenario = {
  name: "postgres-cut",
  run: (ctx) => {
    let cut = 0;
    const terminate = async () => {
      const rows = await retrying(
        () => sql<{ n: number }[]>`
          SELECT count(pg_terminate_backend(pid))::int AS n FROM pg_stat_activity
          WHERE datname = ${ctx.databaseName} AND pid <> pg_backend_pid()`,
      );
      cut += rows[0].n;
    };
    return importUnderFault(ctx, {
      scenario: "pgcut",
      rows: Math.max(1000, Math.round(ctx.args.rows / 5)),
      seed: 3,
      faults: [0.25, 0.5, 0.75].map((at) => ({ at, inject: terminate })),
      label: "hub connections terminated at 25%, 50% and 75%",
      // A delivery whose success could not be recorded on a cut connection is sent again.
      killsProcesses: true,
    }).then((result) => ({ ...result, figures: `${result.figures}; ${cut} connections cut` }));
  },
};
