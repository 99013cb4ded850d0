#!/usr/bin/env node
// `npm test`: type check, vitest and Playwright against a throwaway database and queue prefix.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { databaseName, dropDatabase, ensureDatabase, withDatabase } from "./lib/database.mjs";
import { readEnvFile } from "./lib/env-file.mjs";
import { ensureInstalled } from "./lib/install.mjs";
import { Failure, heading, info, main, warn } from "./lib/output.mjs";
import { bin } from "./lib/project.mjs";
import { deleteKeysWithPrefix } from "./lib/redis-keys.mjs";
import { playwrightCounts, summaryLine, vitestCounts } from "./lib/reports.mjs";
import { run, stopOnSignals, stopRequested } from "./lib/run.mjs";
import { checkServices, serviceUrls } from "./lib/services.mjs";

function parts(argv) {
  const only = argv.find((a) => a.startsWith("--only="))?.slice("--only=".length);
  const unknown = argv.filter((a) => !a.startsWith("--only="));
  if (unknown.length || (only && !["vitest", "e2e"].includes(only))) {
    throw new Failure(`Usage: npm test [-- --only=vitest | --only=e2e]  (got: ${argv.join(" ")})`);
  }
  return { typecheck: !only, vitest: only !== "e2e", e2e: only !== "vitest" };
}

await main(async () => {
  const want = parts(process.argv.slice(2));
  stopOnSignals();
  await ensureInstalled();
  const urls = serviceUrls(await readEnvFile());
  await checkServices(urls);

  const time = Date.now();
  const databaseUrl = withDatabase(urls.databaseUrl, `goldenhub_test_${time}_${process.pid}`);
  const prefix = `ghtest${time}${process.pid}`;
  const reports = mkdtempSync(path.join(tmpdir(), "goldenhub-test-"));
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    REDIS_URL: urls.redisUrl,
    QUEUE_PREFIX: prefix,
    AUTH_SECRET: randomBytes(32).toString("base64url"),
    SOURCE_CREDENTIALS_KEY: randomBytes(32).toString("base64"),
    AUTH_TRUST_HOST: "true",
    NODE_ENV: "test",
    NEXT_TELEMETRY_DISABLED: "1",
  };
  const failedSteps = [];
  const counts = [];

  async function step(title, command, args, extraEnv = {}) {
    if (stopRequested()) return false;
    heading(title);
    const code = await run(command, args, { env: { ...env, ...extraEnv } });
    if (code !== 0) failedSteps.push(title);
    return code === 0;
  }

  try {
    heading(`Test database ${databaseName(databaseUrl)}, queue prefix ${prefix}`);
    await ensureDatabase(databaseUrl);
    const ready =
      (await step("prisma generate", bin("prisma"), ["generate"])) &&
      (await step("prisma migrate deploy", bin("prisma"), ["migrate", "deploy"]));
    if (ready && want.typecheck) await step("tsc --noEmit", bin("tsc"), ["--noEmit"]);
    if (ready && want.vitest) {
      const report = path.join(reports, "vitest.json");
      await step("vitest", bin("vitest"), ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${report}`]);
      counts.push(vitestCounts(report));
    }
    if (ready && want.e2e && (await step("next build", bin("next"), ["build"]))) {
      const report = path.join(reports, "playwright.json");
      await step("playwright test", bin("playwright"), ["test", "--reporter=list,json"], {
        PLAYWRIGHT_JSON_OUTPUT_FILE: report,
      });
      counts.push(playwrightCounts(report));
    }
  } catch (error) {
    failedSteps.push(error.message);
  } finally {
    heading("Cleaning up");
    await dropDatabase(databaseUrl).then(
      () => info(`dropped database ${databaseName(databaseUrl)}`),
      (error) => failedSteps.push(`drop database (${error.message})`),
    );
    await deleteKeysWithPrefix(urls.redisUrl, prefix).then(
      (deleted) => info(`deleted ${deleted} Redis keys under ${prefix}:`),
      (error) => failedSteps.push(`delete Redis keys (${error.message})`),
    );
    rmSync(reports, { recursive: true, force: true });
  }

  const stopped = stopRequested();
  if (stopped) warn(`\nStopped by ${stopped}.`);
  if (failedSteps.length) warn(`\nFailed: ${failedSteps.join(", ")}`);
  console.log(`\n${summaryLine(counts)}`);
  if (stopped) return stopped === "SIGINT" ? 130 : 143;
  return failedSteps.length ? 1 : 0;
});
