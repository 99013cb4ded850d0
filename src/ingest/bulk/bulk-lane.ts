import { env } from "@/src/env";

/**
 * Batches of at least this many records (a CSV import, a source's initial
 * load or a large push) are decided by bulk runs; smaller ones (a pushed
 * change, a change event) go the real-time way at once, never queued
 * behind a load.
 */
export const BULK_MIN_RECORDS = env.INGEST_BULK_MIN_RECORDS;

/**
 * The most records one run holds in memory (about 3 KB each, prepared, with
 * their blocking entries): a million-customer initial load in one run, so
 * no record of it is looked up in the database at all.
 */
export const RUN_MAX_RECORDS = 1_000_000;

/** How long a run's claim on its batches lasts unless renewed; a run renews it at least every LEASE_RENEW_MS. */
export const LEASE_MS = 30_000;
export const LEASE_RENEW_MS = 5_000;
