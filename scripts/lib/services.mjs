import { connect } from "node:net";
import { Failure, heading } from "./output.mjs";
import { maintenanceUrl } from "./database.mjs";

// The same defaults as src/env.ts, which the scripts cannot import before dependencies exist.
const defaults = {
  DATABASE_URL: "postgresql://postgres@127.0.0.1:5432/goldenhub",
  REDIS_URL: "redis://127.0.0.1:6379",
};

/** The service addresses the app will use: the shell's environment first, then .env, then the defaults. */
export function serviceUrls(fileEnv) {
  const pick = (name) => process.env[name] || fileEnv[name] || defaults[name];
  return { databaseUrl: pick("DATABASE_URL"), redisUrl: pick("REDIS_URL") };
}

function address(name, value, defaultPort) {
  try {
    const url = new URL(value);
    return { host: url.hostname.replace(/^\[|\]$/g, "") || "127.0.0.1", port: Number(url.port || defaultPort) };
  } catch {
    throw new Failure(`${name} is not a valid URL: ${value}`);
  }
}

function tcpProblem({ host, port }, timeoutMs = 2000) {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    const done = (problem) => {
      socket.destroy();
      resolve(problem);
    };
    socket.setTimeout(timeoutMs, () => done(`no answer within ${timeoutMs / 1000} s`));
    socket.once("connect", () => done(null));
    socket.once("error", (error) => done(error.code === "ECONNREFUSED" ? "connection refused" : error.message));
  });
}

/** Whether something accepts connections at host:port; used to tell when a server has come up. */
export async function isListening(host, port) {
  return (await tcpProblem({ host, port }, 1000)) === null;
}

const howToStart = {
  PostgreSQL: "pg_ctlcluster --skip-systemctl-redirect 15 main start",
  Redis: 'redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save ""',
};

function unreachable(problems) {
  const lines = problems.map((p) => `${p.service} is not reachable at ${p.host}:${p.port} (${p.reason}).`);
  const debian = problems.map((p) => `    ${howToStart[p.service]}`);
  return [
    ...lines,
    "",
    "Start PostgreSQL and Redis with Docker, from the repository root:",
    "    docker compose up -d",
    "or, on Debian or Ubuntu with the packages installed:",
    ...debian,
    "or point DATABASE_URL / REDIS_URL (in .env or the environment) at servers that are running.",
  ].join("\n");
}

async function pingPostgres(databaseUrl) {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: maintenanceUrl(databaseUrl), connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query("select 1");
  } finally {
    await client.end().catch(() => {});
  }
}

async function pingRedis(redisUrl) {
  const { Redis } = await import("ioredis");
  const redis = new Redis(redisUrl, { lazyConnect: true, connectTimeout: 5000, maxRetriesPerRequest: 0, retryStrategy: () => null });
  redis.on("error", () => {});
  try {
    await redis.connect();
    await redis.ping();
  } finally {
    redis.disconnect();
  }
}

async function roundTrip({ service, variable, host, port, url }, ping) {
  try {
    await ping(url);
  } catch (error) {
    throw new Failure(
      `${service} at ${host}:${port} accepts connections but did not answer a query: ${error.message}\n` +
        `Check the address, user and password in ${variable}.`,
    );
  }
}

/**
 * Stops before anything touches PostgreSQL or Redis when either is down,
 * naming which one, where, and how to start it; then makes one real round
 * trip to each so a wrong password fails here too, not halfway through.
 */
export async function checkServices({ databaseUrl, redisUrl }) {
  heading("Checking PostgreSQL and Redis");
  const postgres = { service: "PostgreSQL", variable: "DATABASE_URL", url: databaseUrl, ...address("DATABASE_URL", databaseUrl, 5432) };
  const redis = { service: "Redis", variable: "REDIS_URL", url: redisUrl, ...address("REDIS_URL", redisUrl, 6379) };
  const targets = [postgres, redis];
  const reasons = await Promise.all(targets.map((t) => tcpProblem(t)));
  const problems = targets.map((t, i) => ({ ...t, reason: reasons[i] })).filter((p) => p.reason);
  if (problems.length) throw new Failure(unreachable(problems));
  await roundTrip(postgres, pingPostgres);
  await roundTrip(redis, pingRedis);
}
