import { Worker } from "bullmq";
import { createServer } from "node:http";
import { closeDb, prisma } from "@/src/db";
import { env } from "@/src/env";
import { logger } from "@/src/operations/logger";
import { surviveClosedSocketWrites } from "@/src/operations/survive-closed-socket";
import { beat } from "@/src/operations/worker-heartbeat";
import { pingRedis, redisConnection } from "@/src/redis";
import { closeQueues, queueNames, type QueueName } from "./contracts";
import { keepChangeListeners } from "./change-listeners";
import { keepSchedulers, upsertSchedulers } from "./keep-schedulers";
import { jobLogger, runJob } from "./run-job";
import { startSweepWatchdog } from "./sweep-watchdog";
import { isRedisUnreachable, watchRedis } from "./watch-redis";

const concurrency: Record<QueueName, number> = {
  ingest: env.WORKER_CONCURRENCY,
  // One bulk run at a time decides every waiting load; a second slot would only find the run live and wait.
  "ingest-bulk": 1,
  distribution: 10,
  maintenance: 1,
  bulk: 1,
  // Syncs are long reads of another system; two sources at once keep one slow system from holding up the other.
  sources: 2,
};

/** Jobs too frequent to log at info each time (they log at debug); their outcome is on the Delivery rows, /api/ready and /api/metrics. */
const quietJobs = new Set(["maintenance.sweep", "webhook.drain", "outbox.dispatch"]);

function redisAddress(): string {
  const url = new URL(env.REDIS_URL);
  return `${url.hostname}:${url.port || 6379}`;
}

/** Refuses to start without Redis and Postgres, with one line saying which is missing, instead of retrying forever. */
async function checkDependencies(): Promise<void> {
  try {
    await pingRedis();
  } catch {
    logger.fatal({ redis: redisAddress() }, `cannot reach Redis at ${redisAddress()}; start it (docker compose up -d) and try again.`);
    process.exit(1);
  }
  try {
    await prisma.$queryRaw`SELECT 1`;
  } catch {
    const url = new URL(env.DATABASE_URL);
    const address = `${url.hostname}:${url.port || 5432}`;
    logger.fatal({ postgres: address }, `cannot reach PostgreSQL at ${address}; start it (docker compose up -d) and try again.`);
    process.exit(1);
  }
}

/**
 * The queues this process serves: all, those WORKER_QUEUES names, or all but
 * those it names with `!` ("!ingest-bulk"), so bulk loads can run in a process
 * of their own, whose CPU work then never stalls a pushed change's jobs.
 */
function servedQueues(): QueueName[] {
  if (!env.WORKER_QUEUES) return [...queueNames];
  const entries = env.WORKER_QUEUES.split(",").map((q) => q.trim()).filter(Boolean);
  const names = entries.map((q) => q.replace(/^!/, ""));
  const unknown = names.filter((q) => !(queueNames as readonly string[]).includes(q));
  const excluding = entries.every((q) => q.startsWith("!"));
  const served = excluding ? queueNames.filter((q) => !names.includes(q)) : (names as QueueName[]);
  if (unknown.length || !served.length || (!excluding && entries.some((q) => q.startsWith("!")))) {
    logger.fatal(
      { unknown },
      `WORKER_QUEUES must name queues to serve, or only queues to leave out (each with !), from ${queueNames.join(", ")}; got "${env.WORKER_QUEUES}".`,
    );
    process.exit(1);
  }
  return served;
}

async function main(): Promise<void> {
  surviveClosedSocketWrites({ exitOnOthers: true });
  const served = servedQueues();
  await checkDependencies();
  const watch = watchRedis(redisAddress());
  const watchdog = startSweepWatchdog(watch, (work) => logger.warn({ work }, "no sweep ran lately, swept here"));
  const workers = served.map((name) => {
    const worker = new Worker(name, runJob, {
      connection: redisConnection("worker"),
      prefix: env.QUEUE_PREFIX,
      concurrency: concurrency[name],
    });
    // Retries are recorded on their Delivery rows and logged at debug; info gets only what will not be tried again.
    worker.on("failed", (job, err) => {
      if (!job) return void logger.warn({ queue: name, err }, "a job failed and could not be read back");
      const final = err.name === "UnrecoverableError" || job.attemptsMade >= (job.opts.attempts ?? 1);
      if (final) jobLogger(job).warn({ attempts: job.attemptsMade, err }, `gave up: ${err.message}`);
      else jobLogger(job).debug({ attempts: job.attemptsMade, err }, "failed; will retry");
    });
    worker.on("completed", (job, result) => {
      if (job.name === "maintenance.sweep") watchdog.noteSwept();
      jobLogger(job)[quietJobs.has(job.name) ? "debug" : "info"]({ result }, "done");
    });
    worker.on("error", (err) => {
      if (!isRedisUnreachable(err)) logger.error({ queue: name, err }, `worker of queue ${name} failed: ${err.message}`);
    });
    return worker;
  });
  await upsertSchedulers();
  // Redis restarted without persistence forgets schedulers while the workers above reconnect by themselves.
  const stopKeeping = keepSchedulers((ids) =>
    logger.warn({ schedulers: ids }, `Redis lacked job schedulers ${ids.join(", ")} (lost in a restart, or a source registered since); re-created them`),
  );

  // Change listeners feed the sources lane; a process without it (a bulk loader) would only listen twice.
  const stopListening = served.includes("sources") ? keepChangeListeners((line) => logger.warn(line)) : async () => {};

  const heartbeatRedis = redisConnection("worker");
  const sendBeat = () => beat(heartbeatRedis, { queues: served, pid: process.pid }).catch(() => {});
  await sendBeat();
  const timer = setInterval(sendBeat, 5_000);

  // Liveness stays 200 while Redis is away: restarting this process would not bring Redis back, and the workers reconnect.
  const liveness = () => JSON.stringify({ status: "ok", redis: watch.status === "ready" ? "up" : "down" });
  const health = env.WORKER_HEALTH_PORT
    ? createServer((_, res) => res.writeHead(200, { "content-type": "application/json" }).end(liveness())).listen(
        env.WORKER_HEALTH_PORT,
        "127.0.0.1",
      )
    : null;
  logger.info(
    { queues: served, prefix: env.QUEUE_PREFIX, redis: redisAddress() },
    `worker ready: queues ${served.join(", ")} (prefix ${env.QUEUE_PREFIX}), Redis ${redisAddress()}`,
  );

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, `${signal}: finishing running jobs`);
    clearInterval(timer);
    stopKeeping();
    watchdog.stop();
    watch.disconnect();
    health?.close();
    await stopListening();
    await Promise.all(workers.map((w) => w.close()));
    await closeQueues();
    heartbeatRedis.disconnect();
    await closeDb();
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop("SIGTERM"));
  process.on("SIGINT", () => void stop("SIGINT"));
}

void main();
