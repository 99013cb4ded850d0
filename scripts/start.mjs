#!/usr/bin/env node
// `npm start`: from a fresh clone to a running portal, worker and demo webhook receiver.
import { buildIsStale } from "./lib/build.mjs";
import { databaseName, ensureDatabase } from "./lib/database.mjs";
import { ensureEnvFile } from "./lib/env-file.mjs";
import { ensureInstalled } from "./lib/install.mjs";
import { Failure, heading, info, main } from "./lib/output.mjs";
import { bin } from "./lib/project.mjs";
import { run, stopOnSignals, stopRequested } from "./lib/run.mjs";
import { serve } from "./lib/serve.mjs";
import { checkServices, serviceUrls } from "./lib/services.mjs";

async function step(title, command, args, env) {
  heading(title);
  const code = await run(command, args, { env });
  if (stopRequested()) throw new Failure("Stopped.");
  if (code !== 0) throw new Failure(`${title} failed with exit code ${code}; see its output above.`);
}

await main(async () => {
  stopOnSignals();
  await ensureInstalled();
  heading("Configuration (.env)");
  const fileEnv = await ensureEnvFile();
  const env = { AUTH_TRUST_HOST: "true", ...fileEnv, ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
  const { databaseUrl, redisUrl } = serviceUrls(fileEnv);
  env.DATABASE_URL = databaseUrl;
  env.REDIS_URL = redisUrl;
  await checkServices({ databaseUrl, redisUrl });

  heading(`Database ${databaseName(databaseUrl)}`);
  info((await ensureDatabase(databaseUrl)) ? "created" : "already exists");
  await step("Generating the Prisma client", bin("prisma"), ["generate"], env);
  await step("Applying migrations", bin("prisma"), ["migrate", "deploy"], env);
  await step("Seeding demo data", bin("tsx"), ["prisma/seed.ts"], env);
  if (buildIsStale()) await step("Building the web app (next build)", bin("next"), ["build"], env);
  else info("web app build is up to date");

  heading("Starting web, worker and receiver");
  return serve(env);
});
