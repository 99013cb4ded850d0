import type { Registry } from "prom-client";
import { sql } from "@/src/db";
import { perScrape } from "./per-scrape";
import { snapshotGauge } from "./snapshot-gauge";

const RECENT_MS = 5 * 60_000;

type BatchRow = { status: string; batches: number; acceptedRecently: number; linked: number; review: number; created: number };

/**
 * Ingest as Postgres records it: source records and batches by status, the
 * records accepted in the last five minutes (the intake rate), and what
 * matching decided for every record ever ingested, from the counts each batch
 * keeps, so the auto-merge, review and new-record rates come without reading
 * source records. One statement per table. Returns its reads by name.
 */
export function registerIngestMetrics(registry: Registry): Record<string, () => Promise<unknown>> {
  const sourceRecords = perScrape("source records", () =>
    sql<{ status: string; count: number }[]>`SELECT status, count(*)::int AS count FROM "SourceRecord" GROUP BY status`,
  );
  const batches = perScrape("ingest batches", () => {
    const since = new Date(Date.now() - RECENT_MS);
    return sql<BatchRow[]>`
      SELECT status, count(*)::int AS batches,
             coalesce(sum(total) FILTER (WHERE "createdAt" >= ${since}), 0)::int AS "acceptedRecently",
             coalesce(sum(linked), 0)::bigint::float8 AS linked,
             coalesce(sum(suspects), 0)::bigint::float8 AS review,
             coalesce(sum(created), 0)::bigint::float8 AS created
      FROM "IngestBatch" GROUP BY status`;
  });

  snapshotGauge(registry, { name: "goldenhub_source_records", help: "Source records (xrefs) by status.", labelNames: ["status"] }, sourceRecords, (set, rows) => {
    for (const r of rows) set({ status: r.status }, r.count);
  });
  snapshotGauge(registry, { name: "goldenhub_ingest_batches", help: "Ingest batches by status.", labelNames: ["status"] }, batches, (set, rows) => {
    for (const r of rows) set({ status: r.status }, r.batches);
  });
  snapshotGauge(
    registry,
    { name: "goldenhub_ingest_records_accepted_last_5m", help: "Records accepted into batches in the last 5 minutes (after validation).", labelNames: [] },
    batches,
    (set, rows) => set({}, rows.reduce((sum, r) => sum + r.acceptedRecently, 0)),
  );
  snapshotGauge(
    registry,
    {
      name: "goldenhub_match_decisions",
      help: "Records matching decided, by band, summed over stored batches: auto_merged linked to a golden record, review sent to a steward, new created a golden record.",
      labelNames: ["band"],
    },
    batches,
    (set, rows) => {
      const sum = (key: "linked" | "review" | "created") => rows.reduce((total, r) => total + r[key], 0);
      set({ band: "auto_merged" }, sum("linked"));
      set({ band: "review" }, sum("review"));
      set({ band: "new" }, sum("created"));
    },
  );
  return { source_records: sourceRecords, ingest_batches: batches };
}
