import type postgres from "postgres";
import { exactKeys } from "./blocking-keys";

type Db = postgres.Sql | postgres.TransactionSql;

/** Every column derived from a record for blocking: the trigram-searched name and the exact keys. */
const keyColumns = ["searchName", ...exactKeys] as const;

const commaJoined = (db: Db, parts: (column: string) => postgres.PendingQuery<postgres.Row[]>) =>
  keyColumns.map((column, i) => db`${i ? db`,` : db``} ${parts(column)}`);

/**
 * `"searchName" = v."searchName", email = v.email, …` for an UPDATE from a
 * recordset `v`: ingest and rekey both rewrite every key, and listing them
 * here means a new key cannot be stored by one and forgotten by the other.
 */
export const assignKeyColumns = (db: Db) => commaJoined(db, (column) => db`${db(column)} = v.${db(column)}`);

/** `"searchName" text, email text, …` for the column list of `jsonb_to_recordset(…) AS v(…)`. */
export const keyColumnTypes = (db: Db) => commaJoined(db, (column) => db`${db(column)} text`);
