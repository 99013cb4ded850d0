import type { Tx } from "@/src/db";

/**
 * A new place at the end of SourceRecord's insertion order (`seq`). Matching
 * that is deciding meanwhile (a chunk, a bulk run) reads what changed after
 * its mark, so every change to a source record moves it: its values, its
 * status, and the golden record it belongs to after a merge, unmerge or split.
 */
export const nextSeq = (tx: Tx) => tx`nextval(pg_get_serial_sequence('"SourceRecord"', 'seq'))`;
