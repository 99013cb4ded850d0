import { errorResponse } from "@/app/api/_lib/json-response";
import { authorizeScrape } from "@/src/operations/metrics/authorize-scrape";
import { metrics } from "@/src/operations/metrics/registry";

export const dynamic = "force-dynamic";

/**
 * Prometheus text for admins and for Prometheus with METRICS_TOKEN. The
 * pipeline's figures are read from Postgres and Redis at scrape time, so
 * any web process answers for the whole hub, workers included.
 */
export async function GET(request: Request): Promise<Response> {
  try {
    await authorizeScrape(request);
    const { registry } = metrics();
    return new Response(await registry.metrics(), { headers: { "content-type": registry.contentType, "cache-control": "no-store" } });
  } catch (err) {
    return errorResponse(err);
  }
}
