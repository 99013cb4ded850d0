import { demoSalesforceCredentials } from "./demo-sessions";

/**
 * The connection configuration of the demo org at `url`, as a registered
 * source would store it: long-lived credentials only, the access token
 * fetched on first use.
 */
export function demoSalesforceSourceConfig(url: string) {
  const { clientId, clientSecret, refreshToken } = demoSalesforceCredentials;
  return { instanceUrl: url, credentials: { grant: "refresh_token" as const, clientId, clientSecret, refreshToken } };
}
