import { z } from "zod";
import type { SalesforceConfig } from "./salesforce-config";
import { SalesforceAuthError, SalesforceRetryableError } from "./salesforce-errors";

const tokenSchema = z.object({ access_token: z.string().min(1), instance_url: z.string().optional() });
const oauthErrorSchema = z.object({ error: z.string(), error_description: z.string().optional() });

function grantParameters(credentials: SalesforceConfig["credentials"]): Record<string, string> {
  const client = { client_id: credentials.clientId, ...(credentials.clientSecret ? { client_secret: credentials.clientSecret } : {}) };
  switch (credentials.grant) {
    case "refresh_token":
      return { grant_type: "refresh_token", refresh_token: credentials.refreshToken, ...client };
    case "client_credentials":
      return { grant_type: "client_credentials", ...client };
    case "password":
      return { grant_type: "password", username: credentials.username, password: credentials.password, ...client };
  }
}

/**
 * Asks the OAuth token endpoint for a new access token with the source's
 * long-lived credentials. Messages name the grant and Salesforce's error code,
 * never a token or secret, because they end up on the Sources page.
 */
export async function requestAccessToken(config: SalesforceConfig): Promise<string> {
  const endpoint = `${config.loginUrl ?? config.instanceUrl}/services/oauth2/token`;
  let response: Response;
  try {
    response = await fetch(endpoint, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", accept: "application/json" },
      body: new URLSearchParams(grantParameters(config.credentials)),
      signal: AbortSignal.timeout(config.timeoutMs),
    });
  } catch (err) {
    throw new SalesforceRetryableError(`The Salesforce token endpoint could not be reached (${(err as Error).name}).`, { status: null, retryAfterMs: null });
  }
  const body: unknown = await response.json().catch(() => undefined);
  const token = tokenSchema.safeParse(body);
  if (response.ok && token.success) return token.data.access_token;
  if (response.status >= 500 || response.status === 429) {
    throw new SalesforceRetryableError(`The Salesforce token endpoint answered ${response.status}.`, { status: response.status, retryAfterMs: null });
  }
  const refusal = oauthErrorSchema.safeParse(body);
  const why = refusal.success ? `${refusal.data.error}${refusal.data.error_description ? `: ${refusal.data.error_description}` : ""}` : `HTTP ${response.status}`;
  throw new SalesforceAuthError(`Salesforce refused the ${config.credentials.grant} grant (${why}); check the source's credentials.`);
}
