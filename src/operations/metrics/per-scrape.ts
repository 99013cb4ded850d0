import { withinTimeout } from "../within-timeout";

/**
 * One read shared by every gauge of a scrape. prom-client starts every
 * metric's collect() in the same tick; several gauges fill from one statement
 * (one scan of the batch table gives batches by status, records accepted and
 * decisions by band), so the first collector starts the read and the others
 * join it while it runs, and a scrape costs one query per family however many
 * gauges it feeds. Nothing is kept once it settles: the next scrape reads
 * afresh. The read gives up after a few seconds, so an outage of Redis or
 * Postgres leaves its families empty instead of hanging the scrape.
 */
export function perScrape<T>(what: string, read: () => Promise<T>): () => Promise<T> {
  let running: Promise<T> | null = null;
  return () => {
    running ??= withinTimeout(Promise.resolve().then(read), what).finally(() => {
      running = null;
    });
    return running;
  };
}
