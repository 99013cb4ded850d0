import { checkReadiness } from "@/src/operations/readiness/check-readiness";
import { queueNames } from "@/workers/contracts";
import { schedulers } from "@/workers/keep-schedulers";

export const dynamic = "force-dynamic";

/**
 * Readiness for load balancers, orchestrators and the fault drill: the
 * database, Redis, live workers, applied migrations, the job schedulers and a
 * pipeline that keeps moving; 503 naming each failing part, so a Redis that
 * came back empty is noticed rather than reported "ready".
 */
export async function GET(): Promise<Response> {
  const readiness = await checkReadiness({ schedulers, queues: queueNames });
  return Response.json(readiness, { status: readiness.status === "ready" ? 200 : 503, headers: { "cache-control": "no-store" } });
}
