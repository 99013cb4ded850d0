import { env } from "@/src/env";

export type Service = "PostgreSQL" | "Redis";

/** A service a command needs and could not reach, said once in words instead of a driver's stack trace. */
export class ServiceUnreachable extends Error {
  readonly service: Service;

  constructor(service: Service, options?: { cause?: unknown }) {
    super(`cannot reach ${service} at ${serviceAddress(service)}`, options);
    this.service = service;
  }
}

/** Where the command looks for a service: host and port of its configured URL, never the credentials in it. */
export function serviceAddress(service: Service): string {
  const url = new URL(service === "PostgreSQL" ? env.DATABASE_URL : env.REDIS_URL);
  return `${url.hostname}:${url.port || (service === "PostgreSQL" ? "5432" : "6379")}`;
}

const portOf = (service: Service) => Number(serviceAddress(service).split(":").at(-1));

// Prisma: cannot reach, timed out connecting, socket timeout, connection closed.
const prismaCodes = new Set(["P1001", "P1002", "P1008", "P1017"]);
// postgres.js names its own connection failures.
const postgresJsCodes = new Set(["CONNECTION_CLOSED", "CONNECTION_ENDED", "CONNECTION_DESTROYED", "CONNECT_TIMEOUT"]);
const socketCodes = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EHOSTUNREACH", "ENETUNREACH", "ENOTFOUND", "EAI_AGAIN", "EPIPE"]);
// The server said goodbye: a connection exception (08…), shut down or terminated by an administrator, or still starting up.
const serverGone = /^(08...|57P0[1-3])$/;
const pgMessages = /Can't reach database server|Server has closed the connection|Connection terminated unexpectedly|terminating connection/;
const redisMessages = /^(Connection is closed\.|Stream isn't writeable|Reached the max retries per request limit)/;

type Node = { name?: unknown; code?: unknown; errorCode?: unknown; message?: unknown; port?: unknown; severity?: unknown; kind?: unknown };

function serviceOf(e: Node): Service | null {
  const code = String(e.code ?? e.errorCode ?? "");
  const message = typeof e.message === "string" ? e.message : "";
  if (String(e.name).startsWith("PrismaClient") && (prismaCodes.has(code) || pgMessages.test(message))) return "PostgreSQL";
  if (postgresJsCodes.has(code) || (typeof e.severity === "string" && serverGone.test(code))) return "PostgreSQL";
  if (e.kind === "DatabaseNotReachable" || e.kind === "ConnectionClosed" || e.kind === "SocketTimeout") return "PostgreSQL";
  if (e.name === "MaxRetriesPerRequestError" || redisMessages.test(message)) return "Redis";
  if (socketCodes.has(code) && e.port !== undefined) {
    if (Number(e.port) === portOf("Redis")) return "Redis";
    if (Number(e.port) === portOf("PostgreSQL")) return "PostgreSQL";
  }
  return null;
}

/**
 * Which service an error says is out of reach, or null for any other error.
 * Drivers wrap the socket's error their own ways (Prisma's driver adapter in
 * `meta`, AggregateError for each address tried, `cause`), so each layer is looked at.
 */
export function unreachableService(err: unknown, depth = 0): Service | null {
  if (err === null || typeof err !== "object" || depth > 6) return null;
  if (err instanceof ServiceUnreachable) return err.service;
  const e = err as Node & { cause?: unknown; errors?: unknown; meta?: { driverAdapterError?: unknown } };
  const inner = [e.cause, e.meta?.driverAdapterError, ...(Array.isArray(e.errors) ? e.errors : [])];
  return serviceOf(e) ?? inner.reduce<Service | null>((found, i) => found ?? unreachableService(i, depth + 1), null);
}
