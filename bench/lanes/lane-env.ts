import type { MatchArgs } from "@/bench/match-args";

/**
 * The environment that sends a run's batches down a lane: the real-time lane
 * is the bulk lane turned off (INGEST_BULK_MIN_RECORDS above any batch), so
 * both lanes see the very same batches in the very same order.
 */
export const laneEnv = (lane: MatchArgs["lane"]): Record<string, string> => (lane === "real-time" ? { INGEST_BULK_MIN_RECORDS: "1000000000" } : {});
