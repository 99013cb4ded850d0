import { getToken } from "next-auth/jwt";
import { bearerToken, verifyApiToken } from "@/src/auth/api-tokens";
import type { Principal } from "@/src/auth/principal";
import { principalForUser } from "@/src/auth/principal-for-user";
import { env } from "@/src/env";
import { AppError } from "@/src/errors";
import { toGraphQLError } from "./errors";

/** What every resolver sees: who is asking, or null when nobody signed in. */
export type GraphQLContext = { principal: Principal | null };

async function principalFromSession(request: Request): Promise<Principal | null> {
  if (!env.AUTH_SECRET) return null;
  const secureCookie = new URL(request.url).protocol === "https:";
  const jwt = await getToken({ req: request, secret: env.AUTH_SECRET, secureCookie });
  return jwt?.sub ? principalForUser(jwt.sub) : null;
}

async function principalOf(request: Request): Promise<Principal | null> {
  const secret = bearerToken(request.headers.get("authorization"));
  return secret ? verifyApiToken(secret) : principalFromSession(request);
}

/**
 * Resolves the caller once per request: the API token when an Authorization
 * header is present, else the portal session cookie. A bad or revoked token
 * fails the whole request (401) rather than quietly continuing as anonymous;
 * it is turned into a GraphQL error here so refusals are not logged as faults.
 */
export async function createContext({ request }: { request: Request }): Promise<GraphQLContext> {
  try {
    return { principal: await principalOf(request) };
  } catch (error) {
    throw error instanceof AppError ? toGraphQLError(error) : error;
  }
}
