import { createHash, timingSafeEqual } from "node:crypto";
import { principalOfRequest } from "@/src/auth/principal-of-request";
import { authorize } from "@/src/auth/permissions";
import { env } from "@/src/env";
import { AppError } from "@/src/errors";

const digest = (s: string) => createHash("sha256").update(s).digest();

/** Compared as digests, so neither the length nor a common prefix of METRICS_TOKEN leaks through timing. */
function isMetricsToken(authorization: string | null): boolean {
  const secret = /^Bearer\s+(\S+)$/i.exec(authorization?.trim() ?? "")?.[1];
  return Boolean(env.METRICS_TOKEN && secret && timingSafeEqual(digest(secret), digest(env.METRICS_TOKEN)));
}

/**
 * Metrics show subscriber names, volumes and backlogs, so they are for
 * admins (a session or an admin API token) and for Prometheus, which
 * cannot sign in and gets METRICS_TOKEN instead of an API token that could
 * also call the API. Throws UNAUTHENTICATED (401) or FORBIDDEN (403).
 */
export async function authorizeScrape(request: Request): Promise<void> {
  if (isMetricsToken(request.headers.get("authorization"))) return;
  const principal = await principalOfRequest(request);
  if (!principal) throw new AppError("UNAUTHENTICATED", "Sign in as an admin, or send an admin API token (or METRICS_TOKEN) as 'Authorization: Bearer <token>'.");
  authorize(principal, "metrics.read");
}
