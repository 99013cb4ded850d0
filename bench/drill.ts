import { randomBytes } from "node:crypto";
import { fileURLToPath } from "node:url";
import { env } from "@/src/env";
import { AppError } from "@/src/errors";
import { runChild } from "@/bench/setup/run-child";
import { createDatabase, dropDatabase, withDatabase } from "@/bench/setup/scratch-database";
import { parseDrillArgs } from "./drill/drill-args";
import { spareLoopbackPort } from "./drill/spare-port";
import { stopRedis } from "./drill/redis-server";

/*
 * `npm run drill`: the fault drill. This process owns the scratch database
 * and removes it afterwards; the drill itself runs in a child process, because
 * src/env fixes DATABASE_URL and REDIS_URL when first imported. The child
 * starts its own Redis (on the spare port chosen here), worker, web server
 * and webhook receiver, so a drill never touches the services a developer runs.
 */

const bin = (name: string) => fileURLToPath(new URL(`../node_modules/.bin/${name}`, import.meta.url));
const drill = fileURLToPath(new URL("./drill/run-drill.ts", import.meta.url));

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  parseDrillArgs(argv);
  const time = Date.now();
  const databaseUrl = withDatabase(env.DATABASE_URL, `goldenhub_drill_${time}`);
  const prefix = `ghdrill${time}`;
  const redisPort = await spareLoopbackPort();
  const childEnv = {
    REDIS_URL: `redis://127.0.0.1:${redisPort}`,
    DATABASE_URL: databaseUrl,
    QUEUE_PREFIX: prefix,
    AUTH_SECRET: randomBytes(32).toString("base64url"),
    AUTH_TRUST_HOST: "true",
    NEXT_TELEMETRY_DISABLED: "1",
  };
  await createDatabase(databaseUrl);
  try {
    const migrated = await runChild(bin("prisma"), ["migrate", "deploy"], { env: childEnv, quiet: true });
    if (migrated !== 0) return migrated;
    return await runChild(bin("tsx"), [drill, ...argv], { env: childEnv });
  } finally {
    await dropDatabase(databaseUrl);
    // The child stops its Redis; this is for a child that crashed first.
    await stopRedis(redisPort);
  }
}

try {
  process.exitCode = await main();
} catch (err) {
  process.exitCode = 1;
  console.error(err instanceof AppError ? err.message : err);
}
