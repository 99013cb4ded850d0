import { getToken } from "next-auth/jwt";
import { bearerToken, verifyApiToken } from "@/src/auth/api-tokens";
import type { Principal } from "@/src/auth/principal";
import { principalForUser } from "@/src/auth/principal-for-user";
import { env } from "@/src/env";

/**
 * Who a download request comes from: an API token when the Authorization
 * header carries one (an auditor's script), else the portal session cookie
 * (the Export link). A disabled user's cookie is refused by principalForUser.
 */
export async function requestPrincipal(request: Request): Promise<Principal | null> {
  const secret = bearerToken(request.headers.get("authorization"));
  if (secret) return verifyApiToken(secret);
  if (!env.AUTH_SECRET) return null;
  const secureCookie = new URL(request.url).protocol === "https:";
  const jwt = await getToken({ req: request, secret: env.AUTH_SECRET, secureCookie });
  return jwt?.sub ? principalForUser(jwt.sub) : null;
}
