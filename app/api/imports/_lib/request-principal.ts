import type { Principal } from "@/src/auth/principal";
import { principalOfRequest } from "@/src/auth/principal-of-request";
import { AppError } from "@/src/errors";

/** The portal session or API token behind an import request; the operations themselves decide whether it may import. */
export async function requestPrincipal(request: Request): Promise<Principal> {
  const principal = await principalOfRequest(request);
  if (!principal) throw new AppError("UNAUTHENTICATED", "Sign in to the portal, or send an API token as 'Authorization: Bearer <token>'.");
  return principal;
}
