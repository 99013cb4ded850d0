import { collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";
import { registerDeliveryMetrics } from "./delivery-metrics";
import { registerIngestMetrics } from "./ingest-metrics";
import { registerQueueMetrics } from "./queue-metrics";
import { registerSuspectMetrics } from "./suspect-metrics";

export type Metrics = {
  registry: Registry;
  /** observed by the GraphQL server in this process (graphql/observe-latency.ts) */
  graphqlRequestDuration: Histogram<"operation" | "status">;
};

// Next.js dev reloads modules; one registry on globalThis keeps a reload from registering every metric twice.
const cache = globalThis as unknown as { goldenhubMetrics?: Metrics };

function create(): Metrics {
  const registry = new Registry();
  // This web process's own figures (memory, CPU, event loop lag); the worker's come through Postgres and Redis below.
  collectDefaultMetrics({ register: registry });
  const reads = {
    ...registerIngestMetrics(registry),
    ...registerSuspectMetrics(registry),
    ...registerQueueMetrics(registry),
    ...registerDeliveryMetrics(registry),
  };
  new Gauge({
    name: "goldenhub_metrics_read_ok",
    help: "1 when the read behind a family of gauges answered this scrape, 0 when it failed or timed out (its gauges are then empty).",
    labelNames: ["read"],
    registers: [registry],
    async collect() {
      this.reset();
      // All at once, so each joins the read its gauges started in this scrape.
      const answered = await Promise.all(Object.values(reads).map((load) => load().then(() => 1, () => 0)));
      Object.keys(reads).forEach((read, i) => this.set({ read }, answered[i]));
    },
  });
  const graphqlRequestDuration = new Histogram({
    name: "goldenhub_graphql_request_duration_seconds",
    help: "GraphQL requests served by this web process, by operation type (none: refused before execution) and HTTP status.",
    labelNames: ["operation", "status"],
    registers: [registry],
  });
  return { registry, graphqlRequestDuration };
}

/** The web process's metrics, created on first use so processes that never serve them register nothing. */
export function metrics(): Metrics {
  cache.goldenhubMetrics ??= create();
  return cache.goldenhubMetrics;
}
