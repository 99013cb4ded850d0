import { Worker } from "bullmq";
import { createServer } from "node:http";
import { closeDb, prisma } from "@/src/db";
import { env } from "@/src/env";
import { surviveClosedSocketWrites } from "@/src/operations/survive-closed-socket";
import { beat } from "@/src/operations/worker-heartbeat";
import { pingRedis, redisConnection } from "@/src/redis";
import { closeQueues, queueNames, type QueueName } from "./contracts";
import { keepChangeListeners } from "./change-listeners";
import { keepSchedulers, upsertSchedulers } from "./keep-schedulers";
import { runJob } from "./run-job";
import { startSweepWatchdog } from "./sweep-watchdog";
import { isRedisUnreachable, watchRedis } from "./watch-redis";

const concurrency: Record<QueueName, number> = {
  ingest: env.WORKER_CONCURRENCY,
  distribution: 10,
  maintenance: 1,
  bulk: 1,
  // Syncs are long reads of another system; two sources at once keep one slow system from holding up the other.
  sources: 2,
};

/** Jobs too frequent to log one line each; their outcome is on the Delivery rows and in /api/health. */
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
    console.error(`worker: cannot reach Redis at ${redisAddress()}; start it (docker compose up -d) and try again.`);
    process.exit(1);
  }
  try {
    await prisma.$queryRaw`SELECT 1`;
  } catch {
    const url = new URL(env.DATABASE_URL);
    console.error(`worker: cannot reach PostgreSQL at ${url.hostname}:${url.port || 5432}; start it (docker compose up -d) and try again.`);
    process.exit(1);
  }
}

async function main(): Promise<void> {
  surviveClosedSocketWrites({ exitOnOthers: true });
  await checkDependencies();
  const watch = watchRedis(redisAddress());
  const watchdog = startSweepWatchdog(watch, (work) => console.warn(`worker: no sweep ran lately, swept here: ${JSON.stringify(work)}`));
  const workers = queueNames.map((name) => {
    const worker = new Worker(name, runJob, {
      connection: redisConnection("worker"),
      prefix: env.QUEUE_PREFIX,
      concurrency: concurrency[name],
    });
    // Retries are recorded on their Delivery rows; the log gets only what has run out of attempts.
    worker.on("failed", (job, err) => {
      if (job && job.attemptsMade >= (job.opts.attempts ?? 1)) console.warn(`${job.name} ${job.id ?? ""} gave up: ${err.message}`);
    });
    worker.on("completed", (job, result) => {
      if (job.name === "maintenance.sweep") watchdog.noteSwept();
      if (quietJobs.has(job.name)) return;
      console.log(`${job.name} ${job.id ?? ""} done ${JSON.stringify(result)}`);
    });
    worker.on("error", (err) => {
      if (!isRedisUnreachable(err)) console.error(`worker ${name}: ${err.message}`);
    });
    return worker;
  });
  await upsertSchedulers();
  // Redis restarted without persistence forgets schedulers while the workers above reconnect by themselves.
  const stopKeeping = keepSchedulers((ids) => console.warn(`worker: Redis lacked job schedulers ${ids.join(", ")} (lost in a restart, or a source registered since); re-created them`));

  const stopListening = keepChangeListeners((line) => console.warn(`worker: ${line}`));

  const heartbeatRedis = redisConnection("worker");
  const sendBeat = () => beat(heartbeatRedis, { queues: queueNames, pid: process.pid }).catch(() => {});
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
  console.log(`worker ready: queues ${queueNames.join(", ")} (prefix ${env.QUEUE_PREFIX}), Redis ${redisAddress()}`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`worker: ${signal}, finishing running jobs`);
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
