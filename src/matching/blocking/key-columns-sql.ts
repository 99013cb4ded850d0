import type postgres from "postgres";
import { keyColumns } from "./blocking-keys";

type Db = postgres.Sql | postgres.TransactionSql;

const commaJoined = (db: Db, parts: (column: string) => postgres.PendingQuery<postgres.Row[]>) =>
  keyColumns.map((column, i) => db`${i ? db`,` : db``} ${parts(column)}`);

/**
 * `"email" = v."email", …, "searchName" = v."searchName"` for an UPDATE from a
 * recordset `v`: ingest and rekey both rewrite every declared key through it,
 * so a new key cannot be stored by one and forgotten by the other.
 */
export const assignKeyColumns = (db: Db) => commaJoined(db, (column) => db`${db(column)} = v.${db(column)}`);

/** `"email" text, …, "searchName" text` for the column list of `jsonb_to_recordset(…) AS v(…)`. */
export const keyColumnTypes = (db: Db) => commaJoined(db, (column) => db`${db(column)} text`);
