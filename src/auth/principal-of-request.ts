import { getToken } from "next-auth/jwt";
import { env } from "@/src/env";
import { bearerToken, verifyApiToken } from "./api-tokens";
import type { Principal } from "./principal";
import { principalForUser } from "./principal-for-user";

/**
 * Who an HTTP request comes from, for GraphQL and route handlers alike: an
 * API token when the Authorization header carries one (a bad or revoked one
 * throws, never falling back to anonymous), else the portal session cookie
 * (Auth.js's JWT), whose user is read again so a disabled one is refused.
 */
export async function principalOfRequest(request: Request): Promise<Principal | null> {
  const secret = bearerToken(request.headers.get("authorization"));
  if (secret) return verifyApiToken(secret);
  if (!env.AUTH_SECRET) return null;
  const secureCookie = new URL(request.url).protocol === "https:";
  const jwt = await getToken({ req: request, secret: env.AUTH_SECRET, secureCookie });
  return jwt?.sub ? principalForUser(jwt.sub) : null;
}
