import { checkHealth } from "@/src/operations/check-health";

export const dynamic = "force-dynamic";

/** Liveness of the database, Redis and workers for load balancers and operators; 503 when any is down. */
export async function GET(): Promise<Response> {
  const health = await checkHealth();
  return Response.json(health, { status: health.status === "ok" ? 200 : 503 });
}
