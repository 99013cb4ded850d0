import { fileURLToPath } from "node:url";
import { env } from "@/src/env";
import { deleteQueueKeys } from "./delete-queue-keys";
import { runChild } from "./run-child";
import { createDatabase, dropDatabase, withDatabase } from "./scratch-database";

const bin = (name: string) => fileURLToPath(new URL(`../../node_modules/.bin/${name}`, import.meta.url));

/** A clock reading no earlier run took, so two runs started in one millisecond still get databases of their own. */
let lastTime = 0;
const uniqueTime = () => (lastTime = Math.max(Date.now(), lastTime + 1));

/**
 * Runs a measuring script against a scratch database (migrated, then dropped
 * with its queue keys however the run ends, unless `keep` asks to look at it
 * afterwards). The script runs in a child, because src/db reads DATABASE_URL
 * once, when first imported. `heapMb` is for scripts that hold a whole
 * generated population and its stored copies in memory.
 */
export async function measureInScratchDatabase(script: string, args: string[], opts: { keep?: boolean; heapMb?: number; env?: Record<string, string> } = {}): Promise<number> {
  const time = uniqueTime();
  const databaseUrl = withDatabase(env.DATABASE_URL, `goldenhub_bench_${time}`);
  const prefix = `ghbench${time}`;
  const childEnv: Record<string, string> = { ...opts.env, DATABASE_URL: databaseUrl, QUEUE_PREFIX: prefix };
  await createDatabase(databaseUrl);
  try {
    const migrated = await runChild(bin("prisma"), ["migrate", "deploy"], { env: childEnv, quiet: true });
    if (migrated !== 0) return migrated;
    if (opts.heapMb) childEnv.NODE_OPTIONS = `${process.env.NODE_OPTIONS ?? ""} --max-old-space-size=${opts.heapMb}`.trim();
    return await runChild(bin("tsx"), [script, ...args], { env: childEnv });
  } finally {
    if (opts.keep) console.log(`Kept database goldenhub_bench_${time} (${databaseUrl}).`);
    else await dropDatabase(databaseUrl);
    await deleteQueueKeys(env.REDIS_URL, prefix);
  }
}
