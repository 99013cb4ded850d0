import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createApiToken } from "@/src/auth/api-tokens";
import { closeDb, prisma } from "@/src/db";
import { env } from "@/src/env";
import { closeQueues } from "@/workers/contracts";
import { webhookSecret } from "@/src/testing/fixtures";
import type { DrillContext, Scenario, ScenarioResult } from "./context";
import { count } from "./context";
import { parseDrillArgs } from "./drill-args";
import { ensureBuild } from "./ensure-build";
import { Receiver } from "./receiver";
import { startRedis, stopRedis } from "./redis-server";
import { scenarios } from "./scenarios/all-scenarios";
import { Service } from "./service";
import { spareLoopbackPort } from "./spare-port";

/*
 * The drill's body, run by bench/drill.ts with DATABASE_URL naming a scratch
 * database and REDIS_URL a spare port: starts Redis, a worker, the web server
 * and a subscriber, runs each scenario, and prints one line per scenario and
 * the totals. Exit code 0 only when every scenario passed.
 */

const root = path.resolve(import.meta.dirname, "../..");
const bin = (name: string) => path.join(root, "node_modules/.bin", name);

async function start(args: ReturnType<typeof parseDrillArgs>, logs: string): Promise<DrillContext> {
  const redisPort = Number(new URL(env.REDIS_URL).port);
  await startRedis(redisPort);
  await ensureBuild();
  const [webPort, healthPort, receiverPort] = [await spareLoopbackPort(), await spareLoopbackPort(), await spareLoopbackPort()];
  const secret = webhookSecret();
  const receiver = new Receiver(receiverPort, secret);
  await receiver.up();
  await prisma.subscriber.create({ data: { name: "drill receiver", url: receiver.url, secret, eventTypes: [] } });
  await prisma.webhookAllowlistEntry.create({ data: { pattern: new URL(receiver.url).host, note: "the drill's receiver", createdBy: "drill" } });
  const { secret: token } = await createApiToken({ name: "drill", role: "ADMIN" });
  const worker = new Service("worker", bin("tsx"), [path.join(root, "workers/main.ts")], { WORKER_HEALTH_PORT: String(healthPort) }, `http://127.0.0.1:${healthPort}/`, path.join(logs, "worker.log"));
  const webUrl = `http://127.0.0.1:${webPort}`;
  const web = new Service("web", bin("next"), ["start", "-p", String(webPort)], {}, `${webUrl}/login`, path.join(logs, "web.log"));
  await worker.start();
  await web.start();
  return { args, web, worker, receiver, redisPort, webUrl, token, databaseName: new URL(env.DATABASE_URL).pathname.slice(1) };
}

async function runOne(ctx: DrillContext, scenario: Scenario): Promise<ScenarioResult> {
  try {
    return await scenario.run(ctx);
  } catch (err) {
    return { pass: false, figures: `the scenario itself failed: ${(err as Error).stack ?? err}` };
  }
}

async function main(): Promise<number> {
  const args = parseDrillArgs(process.argv.slice(2));
  const logs = mkdtempSync(path.join(tmpdir(), "goldenhub-drill-"));
  const started = Date.now();
  let ctx: DrillContext | null = null;
  const results: { name: string; result: ScenarioResult }[] = [];
  // Ctrl-C stops the hub's processes too: they run in process groups of their own, so the terminal's signal never reaches them.
  const interrupted = async () => {
    await Promise.all([ctx?.web.kill(), ctx?.worker.kill()]);
    await stopRedis(Number(new URL(env.REDIS_URL).port));
    process.exit(130);
  };
  process.once("SIGINT", interrupted).once("SIGTERM", interrupted);
  try {
    ctx = await start(args, logs);
    for (const scenario of scenarios.filter((s) => args.only.includes(s.name as never))) {
      console.log(`▸ ${scenario.name}`);
      const result = await runOne(ctx, scenario);
      results.push({ name: scenario.name, result });
      console.log(`${result.pass ? "PASS" : "FAIL"}  ${scenario.name.padEnd(15)} ${result.figures}`);
    }
  } finally {
    await ctx?.web.stop();
    await ctx?.worker.stop();
    await ctx?.receiver.down();
    await stopRedis(Number(new URL(env.REDIS_URL).port));
  }
  const sum = (pick: (r: ScenarioResult) => number | undefined) => count(results.reduce((n, { result }) => n + (pick(result) ?? 0), 0));
  const passed = results.filter((r) => r.result.pass).length;
  console.log(
    `\nscenarios passed ${passed}/${results.length}; rows checked ${sum((r) => r.rows)}; events checked ${sum((r) => r.events)}; ` +
      `bad inputs tried ${sum((r) => r.badInputs)}; 500s seen ${sum((r) => r.serverErrors)}; records lost ${sum((r) => r.lost)}`,
  );
  console.log(`drill took ${Math.round((Date.now() - started) / 1000)} s; process logs in ${logs}`);
  await closeQueues();
  await closeDb();
  return passed === results.length ? 0 : 1;
}

try {
  process.exitCode = await main();
} catch (err) {
  console.error(`drill could not start: ${(err as Error).message}`);
  process.exitCode = 1;
}
