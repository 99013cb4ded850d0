import { prisma } from "@/src/db";
import { missingRecords } from "../checks";
import { count, type Scenario } from "../context";
import { fuzzCliImport } from "../fuzz/fuzz-cli";
import { badRestRequests, fuzzMixedBatches, fuzzRequests } from "../fuzz/fuzz-rest";
import { FuzzTally } from "../fuzz/fuzz-tally";
import { badGraphqlRequests } from "../fuzz/bad-requests";
import { settle } from "../settle";

/**
 * Scenario 7: generated bad records and requests through the REST API, the
 * CLI import and GraphQL. Never a 500, every refusal says what is wrong, bad
 * records are quarantined, and the good records sent beside them land.
 */
export const fuzz: Scenario = {
  name: "fuzz",
  run: async (ctx) => {
    await prisma.source.create({ data: { key: "fuzz-api", name: "fuzz api (drill)", kind: "API", priority: 40 } });
    const tally = new FuzzTally();
    const total = ctx.args.fuzz;
    const [cliRows, requests] = [Math.round(total * 0.04), Math.round(total * 0.03)];
    await fuzzRequests(ctx, tally, badRestRequests("fuzz-api"), requests);
    await fuzzRequests(ctx, tally, badGraphqlRequests(), requests);
    const cliGoods = await fuzzCliImport(tally, "fuzz-csv", cliRows);
    const goods = await fuzzMixedBatches(ctx, tally, "fuzz-api", total - cliRows - 2 * requests);
    const settled = await settle(10 * 60_000);
    const stored = await missingRecords([...goods, ...cliGoods]);
    return {
      pass: tally.clean && settled.settled && stored.missing === 0,
      figures: [
        `${count(tally.badInputs)} bad inputs (REST records and requests, GraphQL requests, CLI rows)`,
        `${count(goods.length + cliGoods.length)} good records beside them, ${stored.missing} missing`,
        settled.settled ? "" : `NOT settled (${JSON.stringify(settled.owed)})`,
        tally.describe(),
      ]
        .filter(Boolean)
        .join("; "),
      badInputs: tally.badInputs,
      serverErrors: tally.serverErrors,
      lost: stored.missing,
    };
  },
};
