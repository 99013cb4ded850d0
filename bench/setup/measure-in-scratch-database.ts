import { fileURLToPath } from "node:url";
import { env } from "@/src/env";
import { deleteQueueKeys } from "./delete-queue-keys";
import { runChild } from "./run-child";
import { createDatabase, dropDatabase, withDatabase } from "./scratch-database";

const bin = (name: string) => fileURLToPath(new URL(`../../node_modules/.bin/${name}`, import.meta.url));

/**
 * Runs a measuring script against a scratch database (migrated, then dropped
 * with its queue keys however the run ends). The script runs in a child,
 * because src/db reads DATABASE_URL once, when first imported.
 */
export async function measureInScratchDatabase(script: string, args: string[]): Promise<number> {
  const time = Date.now();
  const databaseUrl = withDatabase(env.DATABASE_URL, `goldenhub_bench_${time}`);
  const prefix = `ghbench${time}`;
  const childEnv = { DATABASE_URL: databaseUrl, QUEUE_PREFIX: prefix };
  await createDatabase(databaseUrl);
  try {
    const migrated = await runChild(bin("prisma"), ["migrate", "deploy"], { env: childEnv, quiet: true });
    return migrated === 0 ? await runChild(bin("tsx"), [script, ...args], { env: childEnv }) : migrated;
  } finally {
    await dropDatabase(databaseUrl);
    await deleteQueueKeys(env.REDIS_URL, prefix);
  }
}
