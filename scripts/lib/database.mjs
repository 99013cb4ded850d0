/** The same server with another database in the path: the test run's own, or `postgres` for administration. */
export function withDatabase(databaseUrl, name) {
  const url = new URL(databaseUrl);
  url.pathname = `/${encodeURIComponent(name)}`;
  return url.toString();
}

/** The database a URL names. */
export function databaseName(databaseUrl) {
  return decodeURIComponent(new URL(databaseUrl).pathname.slice(1)) || "postgres";
}

/** CREATE and DROP DATABASE cannot run inside the database they target, so they go through `postgres`. */
export function maintenanceUrl(databaseUrl) {
  return withDatabase(databaseUrl, "postgres");
}

const quote = (name) => `"${name.replaceAll('"', '""')}"`;

async function asAdmin(databaseUrl, work) {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: maintenanceUrl(databaseUrl), connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * Creates the database DATABASE_URL names unless it exists, so the first
 * start needs no psql step. Resolves to whether it was created.
 */
export async function ensureDatabase(databaseUrl) {
  const name = databaseName(databaseUrl);
  return asAdmin(databaseUrl, async (client) => {
    const found = await client.query("select 1 from pg_database where datname = $1", [name]);
    if (found.rowCount) return false;
    await client.query(`create database ${quote(name)}`);
    return true;
  });
}

/** Drops a database even while leftover connections hold it open, so an aborted test run leaves nothing behind. */
export async function dropDatabase(databaseUrl) {
  const name = databaseName(databaseUrl);
  await asAdmin(databaseUrl, (client) => client.query(`drop database if exists ${quote(name)} with (force)`));
}
