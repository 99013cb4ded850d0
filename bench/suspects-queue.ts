import { fileURLToPath } from "node:url";
import { env } from "@/src/env";
import { deleteQueueKeys } from "@/bench/setup/delete-queue-keys";
import { runChild } from "@/bench/setup/run-child";
import { createDatabase, dropDatabase, withDatabase } from "@/bench/setup/scratch-database";

/**
 * `npx tsx bench/suspects-queue.ts [-- --goldens 200000 --suspects 100000 --runs 30]`:
 * the stewards' queue with 100,000 open suspects, each filter and order
 * timed (p50/p95 of the list query with its count), in a scratch database
 * this process creates and drops. The measuring runs in a child, because
 * src/db reads DATABASE_URL once, when first imported.
 */
const bin = (name: string) => fileURLToPath(new URL(`../node_modules/.bin/${name}`, import.meta.url));
const measuring = fileURLToPath(new URL("./suspects-queue/measure-queue.ts", import.meta.url));

const time = Date.now();
const databaseUrl = withDatabase(env.DATABASE_URL, `goldenhub_bench_queue_${time}`);
const prefix = `ghbenchq${time}`;
const childEnv = { DATABASE_URL: databaseUrl, QUEUE_PREFIX: prefix };
await createDatabase(databaseUrl);
let code = 1;
try {
  code = await runChild(bin("prisma"), ["migrate", "deploy"], { env: childEnv, quiet: true });
  if (code === 0) code = await runChild(bin("tsx"), [measuring, ...process.argv.slice(2)], { env: childEnv });
} finally {
  await dropDatabase(databaseUrl);
  await deleteQueueKeys(env.REDIS_URL, prefix);
}
process.exit(code);
