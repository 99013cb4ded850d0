import { Gauge, type Registry } from "prom-client";

export type SetGauge<L extends string> = (labels: Partial<Record<L, string>>, value: number) => void;

/**
 * A gauge computed at scrape time from a shared read (see perScrape), for
 * figures this process cannot count itself: the worker is another process,
 * so a counter here would never see its work, while Postgres and Redis see
 * everyone's. Every scrape starts from empty, so a subscriber or status that
 * is gone stops being reported; a failed read leaves the gauge empty and
 * goldenhub_metrics_read_ok says which read failed.
 */
export function snapshotGauge<L extends string, T>(
  registry: Registry,
  config: { name: string; help: string; labelNames: readonly L[] },
  read: () => Promise<T>,
  fill: (set: SetGauge<L>, snapshot: T) => void,
): Gauge<L> {
  return new Gauge<L>({
    ...config,
    registers: [registry],
    async collect() {
      this.reset();
      const snapshot = await read().then(
        (value) => ({ value }),
        () => null,
      );
      if (snapshot) fill((labels, value) => this.set(labels, value), snapshot.value);
    },
  });
}
