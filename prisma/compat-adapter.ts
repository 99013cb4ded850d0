import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";

/** Postgres type OIDs of `char` and `name`, which the catalog queries of `prisma migrate` return. */
const CHAR_OID = 18;
const NAME_OID = 19;
const TEXT_OID = 25;

type QueryResult = { fields?: { dataTypeID: number }[] };

function readCatalogTypesAsText<T>(result: T): T {
  const results = Array.isArray(result) ? result : [result];
  for (const r of results as QueryResult[]) {
    for (const field of r?.fields ?? []) {
      if (field.dataTypeID === NAME_OID || field.dataTypeID === CHAR_OID) field.dataTypeID = TEXT_OID;
    }
  }
  return result;
}

/**
 * A pg client whose results describe `name` and `char` columns as text.
 * @prisma/adapter-pg 6.19.3 refuses both types ("Column type 'name' could not be
 * deserialized"), which breaks `migrate dev` and `migrate deploy`; pg already
 * parses their values as strings, so only the declared type needs changing.
 */
export class CatalogTextClient extends pg.Client {
  // pg's overloads cannot be re-declared one by one without losing the callback form.
  query(...args: unknown[]): never {
    const last = args[args.length - 1];
    if (typeof last === "function") {
      const callback = last as (err: Error | null, res: unknown) => void;
      args[args.length - 1] = (err: Error | null, res: unknown) => callback(err, err ? res : readCatalogTypesAsText(res));
      return (super.query as (...a: unknown[]) => never)(...args);
    }
    const out = (super.query as (...a: unknown[]) => unknown)(...args);
    if (out && typeof (out as Promise<unknown>).then === "function") {
      return (out as Promise<unknown>).then(readCatalogTypesAsText) as never;
    }
    return out as never;
  }
}

function withDatabase(connectionString: string, database: string): string {
  const url = new URL(connectionString);
  url.pathname = `/${encodeURIComponent(database)}`;
  return url.toString();
}

/**
 * The pg driver adapter with the shadow-database defects of 6.19.3 fixed:
 * upstream spreads the main config and swaps `database`, which a
 * `connectionString` overrides, so the "shadow" was the main database (P3006);
 * and it dropped the shadow before closing its own pool, which Postgres refuses.
 */
export class GoldenhubPg extends PrismaPg {
  private readonly connectionString: string;

  constructor(connectionString: string, poolOptions: Omit<pg.PoolConfig, "connectionString" | "Client"> = {}) {
    super({ ...poolOptions, connectionString, Client: CatalogTextClient });
    this.connectionString = connectionString;
  }

  async connectToShadowDb() {
    const main = await this.connect();
    const database = `prisma_migrate_shadow_db_${globalThis.crypto.randomUUID()}`;
    await main.executeScript(`CREATE DATABASE "${database}"`);
    const shadow = await new PrismaPg({
      connectionString: withDatabase(this.connectionString, database),
      Client: CatalogTextClient,
    }).connect();
    const closeShadowPool = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await closeShadowPool();
      try {
        await main.executeScript(`DROP DATABASE IF EXISTS "${database}"`);
      } finally {
        await main.dispose();
      }
    };
    return shadow;
  }
}
