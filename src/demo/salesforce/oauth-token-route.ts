import type { IncomingMessage, ServerResponse } from "node:http";
import { demoSalesforceCredentials, type DemoSessions } from "./demo-sessions";
import { readBody, sendJson } from "./http-replies";

const refuse = (res: ServerResponse, status: number, error: string, description: string) =>
  sendJson(res, status, { error, error_description: description });

/** Which grant's own secret a request must show besides the client id. */
function grantRefusal(form: URLSearchParams): [string, string] | null {
  const c = demoSalesforceCredentials;
  switch (form.get("grant_type")) {
    case "refresh_token":
      return form.get("refresh_token") === c.refreshToken ? null : ["invalid_grant", "expired access/refresh token"];
    case "client_credentials":
      return form.get("client_secret") === c.clientSecret ? null : ["invalid_client", "invalid client credentials"];
    case "password":
      if (form.get("client_secret") !== c.clientSecret) return ["invalid_client", "invalid client credentials"];
      return form.get("username") === c.username && form.get("password") === c.password ? null : ["invalid_grant", "authentication failure"];
    default:
      return ["unsupported_grant_type", "grant type not supported"];
  }
}

/** `POST /services/oauth2/token` with the password, refresh_token and client_credentials grants, answered as Salesforce answers. */
export async function handleTokenRequest(req: IncomingMessage, res: ServerResponse, sessions: DemoSessions, instanceUrl: string): Promise<void> {
  if (req.method !== "POST") return refuse(res, 405, "invalid_request", "must use HTTP POST");
  const form = new URLSearchParams(await readBody(req));
  if (form.get("client_id") !== demoSalesforceCredentials.clientId) return refuse(res, 400, "invalid_client_id", "client identifier invalid");
  const refusal = grantRefusal(form);
  if (refusal) return refuse(res, 400, ...refusal);
  const issuedAt = String(Date.now());
  sendJson(res, 200, {
    access_token: sessions.issue(),
    instance_url: instanceUrl,
    id: `${instanceUrl}/id/00DDm0000000001AAA/005Dm0000000001AAA`,
    token_type: "Bearer",
    issued_at: issuedAt,
    signature: Buffer.from(issuedAt).toString("base64"),
  });
}
