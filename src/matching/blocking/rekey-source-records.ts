import { sql } from "@/src/db";
import type { CustomerAttributes } from "@/src/golden/attributes";
import { nextSeq } from "@/src/golden/next-seq";
import { blockingKeysOf, keyColumns, type BlockingKeys } from "./blocking-keys";
import { assignKeyColumns, keyColumnTypes } from "./key-columns-sql";
import { saveSearchNames } from "./save-search-names";

const PAGE = 2000;

type Stored = BlockingKeys & { id: string; standardized: CustomerAttributes };

const differs = (stored: Stored, keys: BlockingKeys) => keyColumns.some((k) => stored[k] !== keys[k]);

/**
 * Recomputes the blocking keys of every stored record from its standardized
 * attributes. Blocking keys are derived data: when an upgrade changes how they
 * are made (a new key, organizations keyed by sound, names searched without
 * particles), records stored before it keep their old keys, and a record
 * resent unchanged is skipped by ingest, so only this brings them in line.
 * Rows whose keys are already right are left untouched; a changed row gets a
 * new `seq`, so chunks matching meanwhile see it.
 */
export async function rekeySourceRecords(onProgress: (scanned: number, updated: number) => void = () => {}) {
  let after = "";
  let scanned = 0;
  let updated = 0;
  for (;;) {
    const page = await sql<Stored[]>`
      SELECT id, standardized, ${sql(keyColumns)} FROM "SourceRecord"
      WHERE id > ${after} ORDER BY id LIMIT ${PAGE}`;
    if (!page.length) break;
    after = page[page.length - 1].id;
    scanned += page.length;
    const changed = page.flatMap((r) => {
      const keys = blockingKeysOf(r.standardized);
      return differs(r, keys) ? [{ id: r.id, ...keys }] : [];
    });
    if (changed.length) await writeKeys(changed);
    updated += changed.length;
    onProgress(scanned, updated);
  }
  return { scanned, updated };
}

async function writeKeys(rows: (BlockingKeys & { id: string })[]) {
  await sql.begin(async (tx) => {
    await tx`
      UPDATE "SourceRecord" s SET ${assignKeyColumns(tx)}, seq = ${nextSeq(tx)}
      FROM jsonb_to_recordset(${tx.json(rows)}) AS v(id text, ${keyColumnTypes(tx)})
      WHERE s.id = v.id`;
    await saveSearchNames(tx, rows);
  });
}
