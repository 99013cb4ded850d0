import { getOperationAST } from "graphql";
import type { Plugin } from "graphql-yoga";
import { metrics } from "@/src/operations/metrics/registry";
import type { GraphQLContext } from "./context";

/**
 * Times every request from arrival to response into the GraphQL latency
 * histogram of /api/metrics, labelled with the operation type it ran
 * ("none" when it was refused before running: a parse or validation error,
 * a document over the armor's limits) and the HTTP status. Observed here,
 * in the web process that served it, which is why this one figure is a
 * real histogram and not read back from Postgres.
 */
export function observeLatency(): Plugin<GraphQLContext> {
  const started = new WeakMap<Request, { at: number; operation: string }>();
  return {
    onRequest({ request }) {
      started.set(request, { at: performance.now(), operation: "none" });
    },
    onExecute({ args }) {
      const timing = started.get(args.contextValue.request);
      if (timing) timing.operation = getOperationAST(args.document, args.operationName)?.operation ?? "none";
    },
    onResponse({ request, response }) {
      const timing = started.get(request);
      if (!timing) return;
      started.delete(request);
      metrics().graphqlRequestDuration.observe({ operation: timing.operation, status: String(response.status) }, (performance.now() - timing.at) / 1000);
    },
  };
}
