import { checkHealth } from "@/src/operations/check-health";

export const dynamic = "force-dynamic";

/**
 * Health of the database, Redis, workers and the pipeline for load balancers
 * and operators; 503 when any is down or the backlog stopped moving, so a
 * Redis that came back empty is noticed rather than reported "ok".
 */
export async function GET(): Promise<Response> {
  const health = await checkHealth();
  return Response.json(health, { status: health.status === "ok" ? 200 : 503 });
}
