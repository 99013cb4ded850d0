import type { Principal } from "@/src/auth/principal";
import { principalOfRequest } from "@/src/auth/principal-of-request";
import { AppError } from "@/src/errors";
import { toGraphQLError } from "./errors";

/** What every resolver sees: who is asking, or null when nobody signed in. */
export type GraphQLContext = { principal: Principal | null };

/**
 * Resolves the caller once per request: the API token when an Authorization
 * header is present, else the portal session cookie. A bad or revoked token
 * fails the whole request (401) rather than quietly continuing as anonymous;
 * it is turned into a GraphQL error here so refusals are not logged as faults.
 */
export async function createContext({ request }: { request: Request }): Promise<GraphQLContext> {
  try {
    return { principal: await principalOfRequest(request) };
  } catch (error) {
    throw error instanceof AppError ? toGraphQLError(error) : error;
  }
}
