import { AppError } from "@/src/errors";
import { resolveWebhookTarget, WebhookHostUnknownError, WebhookRefusedError } from "./resolve-target";

const MAX_URL = 2_000;

function refuse(message: string): never {
  throw new AppError("VALIDATION_FAILED", `The webhook URL is refused: ${message}.`, [{ path: "url", message }]);
}

/** The port a URL reaches, spelled out or implied by its scheme. */
export function portOf(url: URL): number {
  return url.port ? Number(url.port) : url.protocol === "https:" ? 443 : 80;
}

/**
 * Checks a subscriber's URL when an admin enters it, so a mistake or an
 * attempt to reach the hub's own network is refused with a reason on the
 * form instead of failing at every delivery. Deliveries check again when
 * they connect (see `postWebhook`), since a name can resolve differently later.
 */
export async function checkWebhookUrl(text: string): Promise<URL> {
  if (text.length > MAX_URL) refuse(`it is longer than ${MAX_URL} characters`);
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    refuse("it is not a URL (expected e.g. https://crm.example.com/hooks/goldenhub)");
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") refuse(`it must start with https:// or http://, not ${url.protocol}//`);
  if (url.username || url.password) refuse("it must not carry a user name or password; the webhook signature authenticates the hub");
  if (!url.hostname) refuse("it names no host");
  try {
    await resolveWebhookTarget(url.hostname, portOf(url));
  } catch (err) {
    if (err instanceof WebhookRefusedError || err instanceof WebhookHostUnknownError) refuse(err.message);
    throw err;
  }
  return url;
}
