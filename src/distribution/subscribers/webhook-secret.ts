import { randomBytes } from "node:crypto";

/** A Standard Webhooks signing secret (`whsec_` + base64 of 24 random bytes), so receivers can verify with any Standard Webhooks library. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(24).toString("base64")}`;
}
