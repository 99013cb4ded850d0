import type postgres from "postgres";

/**
 * Keeps the trigram-searched copy of each record's search name (the narrow
 * SourceRecordName table) in step with the record's own: upserted when the
 * record has a name, removed when it no longer has one.
 */
export async function saveSearchNames(tx: postgres.TransactionSql, records: readonly { id: string; searchName: string | null }[]) {
  const names = records.flatMap((r) => (r.searchName ? [{ sourceRecordId: r.id, searchName: r.searchName }] : []));
  const unnamed = records.flatMap((r) => (r.searchName ? [] : [r.id]));
  if (unnamed.length) await tx`DELETE FROM "SourceRecordName" WHERE "sourceRecordId" = ANY(${unnamed}::text[])`;
  if (names.length) {
    await tx`INSERT INTO "SourceRecordName" ${tx(names)}
      ON CONFLICT ("sourceRecordId") DO UPDATE SET "searchName" = excluded."searchName"`;
  }
}
