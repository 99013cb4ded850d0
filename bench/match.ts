import { fileURLToPath } from "node:url";
import { env } from "@/src/env";
import { AppError } from "@/src/errors";
import { parseMatchArgs } from "./match-args";
import { deleteQueueKeys } from "@/bench/setup/delete-queue-keys";
import { runChild } from "@/bench/setup/run-child";
import { createDatabase, dropDatabase, withDatabase } from "@/bench/setup/scratch-database";

/*
 * `npm run bench:match -- --rows N`: measures matching quality and speed on a
 * labelled synthetic population. This process owns the scratch database and
 * queue prefix; the measuring runs in a child process, because src/env fixes
 * DATABASE_URL when first imported and this process had to import it to learn
 * which server to use. Cleanup here runs even when the measuring crashes.
 */

const bin = (name: string) => fileURLToPath(new URL(`../node_modules/.bin/${name}`, import.meta.url));
const measuring = fileURLToPath(new URL("./measure/measure-match.ts", import.meta.url));

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  const args = parseMatchArgs(argv);
  const started = performance.now();
  const time = Date.now();
  const databaseUrl = withDatabase(env.DATABASE_URL, `goldenhub_bench_${time}`);
  const prefix = `ghbench${time}`;
  const childEnv = { DATABASE_URL: databaseUrl, QUEUE_PREFIX: prefix };

  await createDatabase(databaseUrl);
  let code = 1;
  try {
    const migrated = await runChild(bin("prisma"), ["migrate", "deploy"], { env: childEnv, quiet: true });
    if (migrated !== 0) return migrated;
    // A million generated records and their stored copies are read back for the metrics; Node's default heap is too small for that.
    const heap = `${process.env.NODE_OPTIONS ?? ""} --max-old-space-size=16384`.trim();
    code = await runChild(bin("tsx"), [measuring, ...argv], { env: { ...childEnv, NODE_OPTIONS: heap } });
  } finally {
    if (args.keep) console.log(`Kept database goldenhub_bench_${time} (${databaseUrl}).`);
    else await dropDatabase(databaseUrl);
    await deleteQueueKeys(env.REDIS_URL, prefix);
  }
  console.log(`Wall time ${((performance.now() - started) / 1000).toFixed(1)} s (database, migrations, generation, ingest, metrics).`);
  return code;
}

try {
  process.exitCode = await main();
} catch (err) {
  process.exitCode = 1;
  console.error(err instanceof AppError ? err.message : err);
}
