import postgres from "postgres";
import { GoldenhubPg } from "@/prisma/compat-adapter";
import { PrismaClient } from "@/prisma/generated/client/index.js";
import { env } from "./env";
import { TRIGRAM_THRESHOLD } from "@/src/matching/blocking/trigram-similarity";

export { Prisma } from "@/prisma/generated/client/index.js";
export type { PrismaClient } from "@/prisma/generated/client/index.js";

/**
 * The one transaction type writes to golden records run on: postgres.js,
 * because ingest writes thousands of rows a chunk as multi-row statements and
 * a steward's merge must share its lock order and statements.
 */
export type Tx = postgres.TransactionSql;

/**
 * Prisma's DateTime columns are `timestamp` holding UTC wall time; postgres.js
 * would read them as the Node process's local time, so a steward path reading
 * a decision time and writing it back would move it by the server's offset.
 */
const utcTimestamp = {
  to: 1114,
  from: [1114],
  serialize: (value: Date | string) => (value instanceof Date ? value.toISOString() : value),
  parse: (value: string) => new Date(`${value.replace(" ", "T")}Z`),
};

type Handles = { prisma: PrismaClient; sql: postgres.Sql };

// Next.js dev reloads modules; keeping the handles on globalThis stops each reload opening new pools.
const cache = globalThis as unknown as { goldenhubDb?: Handles };

function open(): Handles {
  return {
    prisma: new PrismaClient({ adapter: new GoldenhubPg(env.DATABASE_URL, { max: 10 }) }),
    // Prisma stores DateTime as UTC wall time in `timestamp` columns; a UTC session makes postgres.js write the same.
    // Blocking's name bar is a session setting, so a lookup is one statement rather than a transaction that sets it first.
    // JIT is off: the generic plan of the prepared candidate lookup looks costly enough to compile, and compiling took
    // 40-55 ms of every 60 ms lookup against a million records, for a query that runs in 4 ms.
    sql: postgres(env.DATABASE_URL, {
      max: 8,
      onnotice: () => {},
      connection: { TimeZone: "UTC", "pg_trgm.similarity_threshold": String(TRIGRAM_THRESHOLD), jit: "off" },
      types: { utcTimestamp },
    }),
  };
}

const handles = cache.goldenhubDb ?? open();
cache.goldenhubDb = handles;

/** The Prisma client for ordinary reads and writes. */
export const prisma = handles.prisma;

/** postgres.js for what an ORM serves badly: COPY, LISTEN/NOTIFY and hand-tuned blocking queries. */
export const sql = handles.sql;

/** Closes both pools so scripts and tests can exit. */
export async function closeDb(): Promise<void> {
  await Promise.all([prisma.$disconnect(), sql.end({ timeout: 5 })]);
  delete cache.goldenhubDb;
}
