export const dynamic = "force-dynamic";

/**
 * Liveness: this web process is up and answers. It probes nothing, so an
 * orchestrator never restarts a healthy web server because Redis or the
 * database is away (a restart would not bring them back); whether the hub can
 * do its work is /api/ready's question.
 */
export function GET(): Response {
  return Response.json({ status: "ok" }, { headers: { "cache-control": "no-store" } });
}
