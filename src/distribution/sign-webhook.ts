import { Webhook } from "standardwebhooks";

type Secrets = { secret: string; previousSecret: string | null; previousSecretExpiresAt: Date | null };

/**
 * The Standard Webhooks headers for one message. While a rotated secret's
 * overlap lasts, the message carries a signature by each secret (new first),
 * so a receiver still holding the old one keeps verifying until it switches.
 */
export function signedHeaders(secrets: Secrets, webhookId: string, body: string, at: Date): Record<string, string> {
  const keys = [secrets.secret];
  if (secrets.previousSecret && secrets.previousSecretExpiresAt && secrets.previousSecretExpiresAt > at) keys.push(secrets.previousSecret);
  return {
    "content-type": "application/json",
    "user-agent": "Goldenhub-Webhooks/1",
    "webhook-id": webhookId,
    "webhook-timestamp": String(Math.floor(at.getTime() / 1000)),
    "webhook-signature": keys.map((k) => new Webhook(k).sign(webhookId, at, body)).join(" "),
  };
}
