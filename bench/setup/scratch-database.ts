import pg from "pg";

/** The same server with another database in the path. */
export function withDatabase(databaseUrl: string, name: string): string {
  const url = new URL(databaseUrl);
  url.pathname = `/${encodeURIComponent(name)}`;
  return url.toString();
}

const nameOf = (databaseUrl: string) => decodeURIComponent(new URL(databaseUrl).pathname.slice(1));
const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** CREATE and DROP DATABASE cannot run inside the database they target, so they go through `postgres`. */
async function asAdmin(databaseUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: withDatabase(databaseUrl, "postgres"), connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** A database of the benchmark's own, so its thousands of records never mix with anyone's data. */
export async function createDatabase(databaseUrl: string): Promise<void> {
  await asAdmin(databaseUrl, `create database ${quote(nameOf(databaseUrl))}`);
}

/** Drops the benchmark's database even if a crashed run left connections open. */
export async function dropDatabase(databaseUrl: string): Promise<void> {
  await asAdmin(databaseUrl, `drop database if exists ${quote(nameOf(databaseUrl))} with (force)`);
}
