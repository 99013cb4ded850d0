/**
 * Rejects, naming `what`, when `work` has not settled within `ms`. A check of
 * Redis or Postgres must answer while they are away: a load balancer or a
 * Prometheus scrape gives up after a few seconds and learns nothing.
 */
export function withinTimeout<T>(work: Promise<T>, what: string, ms = 3_000): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not answer within ${ms / 1000} s`)), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}
