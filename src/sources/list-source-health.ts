import type { SourceConnector, SourceKind, SourceSyncKind, SourceSyncStatus } from "@/prisma/generated/client";
import { authorize } from "@/src/auth/permissions";
import type { Principal } from "@/src/auth/principal";
import { sql } from "@/src/db";
import { lastUtcDays } from "@/src/operations/utc-days";

export type SourceHealthStatus = "syncing" | "healthy" | "lagging" | "failing" | "paused";

/** One UTC day of a source: its sync runs (a connector) or pushed batches (API, CSV) and what became of their records. */
export type SourceDay = { day: string; runs: number; fetched: number; accepted: number; rejected: number };

export type SourceHealth = {
  id: string;
  key: string;
  name: string;
  kind: SourceKind;
  connector: SourceConnector | null;
  status: SourceHealthStatus;
  /** how far behind the system the hub may be: now − last success; null when it never succeeded or only receives pushes */
  lagMs: number | null;
  lastSuccessAt: Date | null;
  lastError: { message: string; at: Date } | null;
  paused: { reason: string | null; at: Date; resumeAt: Date | null } | null;
  running: { kind: SourceSyncKind; startedAt: Date } | null;
  /** source records held, deleted ones included; `estimated` when read from the planner's statistics */
  records: { count: number; estimated: boolean };
  days: SourceDay[];
};

/** A connector source that has not succeeded for this long is lagging: its schedule syncs it every minute. */
export const LAGGING_AFTER_MS = 15 * 60_000;

/**
 * Above this many records (by the statistics) a source's count is the
 * planner's estimate: counting exactly reads its whole index, 280 ms at a
 * million rows here, against 8 ms for the estimate. Smaller sources, such as
 * one just registered, are counted exactly.
 */
export const EXACT_COUNT_UP_TO = 50_000;

type SourceRow = {
  id: string;
  key: string;
  name: string;
  kind: SourceKind;
  connector: SourceConnector | null;
  pausedAt: Date | null;
  pausedReason: string | null;
  resumeAt: Date | null;
  lastSuccessAt: Date | null;
  lastErrorAt: Date | null;
  lastError: string | null;
  runKind: SourceSyncKind | null;
  runStatus: SourceSyncStatus | null;
  runStartedAt: Date | null;
};

/**
 * Paused wins (nothing runs), then a running sync, then an error newer than
 * the last success; a connector that has not succeeded lately lags. A source
 * that only receives pushes cannot lag: when it sends is up to it.
 */
export function sourceStatus(s: Pick<SourceRow, "connector" | "pausedAt" | "lastSuccessAt" | "lastErrorAt" | "runStatus">, now: Date): SourceHealthStatus {
  if (s.pausedAt) return "paused";
  if (s.runStatus === "RUNNING") return "syncing";
  if (s.lastErrorAt && (!s.lastSuccessAt || s.lastErrorAt > s.lastSuccessAt)) return "failing";
  if (s.connector && (!s.lastSuccessAt || now.getTime() - s.lastSuccessAt.getTime() > LAGGING_AFTER_MS)) return "lagging";
  return "healthy";
}

// Only the columns shown: the sealed credentials are never read here.
const readSources = () => sql<SourceRow[]>`
  SELECT s.id, s.key, s.name, s.kind, s.connector, s."pausedAt", s."pausedReason", s."resumeAt", s."lastSuccessAt", s."lastErrorAt", s."lastError",
    run.kind AS "runKind", run.status AS "runStatus", run."startedAt" AS "runStartedAt"
  FROM "Source" s
  LEFT JOIN LATERAL (
    SELECT r.kind, r.status, r."startedAt" FROM "SourceSyncRun" r WHERE r."sourceId" = s.id ORDER BY r."startedAt" DESC LIMIT 1
  ) run ON true
  ORDER BY s.name, s.key`;

/**
 * Records per source in one statement: the statistics' share of each source
 * times the table's live size, replaced by an exact count through the
 * (sourceId, externalId) index where that share is small or unknown.
 */
const countRecords = () => sql<{ id: string; count: string; estimated: boolean }[]>`
  WITH table_rows AS (
    SELECT CASE WHEN c.relpages > 0 THEN c.reltuples / c.relpages * (pg_relation_size(c.oid) / current_setting('block_size')::int) ELSE 0 END AS n
    FROM pg_class c WHERE c.oid = '"SourceRecord"'::regclass
  ), estimated AS (
    SELECT m.source_id, (m.freq * t.n)::bigint AS n
    FROM pg_stats st
    CROSS JOIN LATERAL unnest(st.most_common_vals::text::text[], st.most_common_freqs) AS m(source_id, freq)
    CROSS JOIN table_rows t
    WHERE st.schemaname = current_schema() AND st.tablename = 'SourceRecord' AND st.attname = 'sourceId'
  )
  SELECT s.id, coalesce(e.n, 0) > ${EXACT_COUNT_UP_TO} AS estimated,
    CASE WHEN coalesce(e.n, 0) > ${EXACT_COUNT_UP_TO} THEN e.n ELSE (SELECT count(*) FROM "SourceRecord" r WHERE r."sourceId" = s.id) END AS count
  FROM "Source" s LEFT JOIN estimated e ON e.source_id = s.id`;

/** Per source and UTC day: a connector's sync runs, and the batches of sources that only receive pushes. */
const countDays = (from: Date, end: Date) => sql<(SourceDay & { sourceId: string })[]>`
  SELECT "sourceId", to_char(date_trunc('day', "startedAt"), 'YYYY-MM-DD') AS day, count(*)::int AS runs,
    sum(fetched)::int AS fetched, sum(accepted)::int AS accepted, sum(rejected)::int AS rejected
  FROM "SourceSyncRun" WHERE "startedAt" >= ${from} AND "startedAt" < ${end}
  GROUP BY 1, 2
  UNION ALL
  SELECT b."sourceId", to_char(date_trunc('day', b."createdAt"), 'YYYY-MM-DD'), count(*)::int,
    sum(b.total + b.rejected)::int, sum(b.total)::int, sum(b.rejected)::int
  FROM "IngestBatch" b JOIN "Source" s ON s.id = b."sourceId" AND s.connector IS NULL
  WHERE b."createdAt" >= ${from} AND b."createdAt" < ${end}
  GROUP BY 1, 2`;

/**
 * Every source with what tells an admin whether the hub keeps up with it:
 * status, lag, the last error and pause, the records it holds and the last
 * `days` UTC days of work, zero-filled so a quiet day shows as zero rather than going missing.
 */
export async function listSourceHealth(opts: { principal: Principal; days?: number; now?: Date }): Promise<SourceHealth[]> {
  authorize(opts.principal, "records.read");
  const now = opts.now ?? new Date();
  const window = lastUtcDays(opts.days ?? 14, now);
  const [sources, counts, days] = await Promise.all([readSources(), countRecords(), countDays(window.from, window.end)]);
  const countOf = new Map(counts.map((c) => [c.id, { count: Number(c.count), estimated: c.estimated }]));
  const dayOf = new Map(days.map((d) => [`${d.sourceId} ${d.day}`, d]));
  return sources.map((s) => ({
    id: s.id,
    key: s.key,
    name: s.name,
    kind: s.kind,
    connector: s.connector,
    status: sourceStatus(s, now),
    lagMs: s.connector && s.lastSuccessAt ? Math.max(0, now.getTime() - s.lastSuccessAt.getTime()) : null,
    lastSuccessAt: s.lastSuccessAt,
    lastError: s.lastError && s.lastErrorAt ? { message: s.lastError, at: s.lastErrorAt } : null,
    paused: s.pausedAt ? { reason: s.pausedReason, at: s.pausedAt, resumeAt: s.resumeAt } : null,
    running: s.runStatus === "RUNNING" && s.runKind && s.runStartedAt ? { kind: s.runKind, startedAt: s.runStartedAt } : null,
    records: countOf.get(s.id) ?? { count: 0, estimated: false },
    days: window.days.map((day) => {
      const d = dayOf.get(`${s.id} ${day}`);
      return { day, runs: d?.runs ?? 0, fetched: d?.fetched ?? 0, accepted: d?.accepted ?? 0, rejected: d?.rejected ?? 0 };
    }),
  }));
}
