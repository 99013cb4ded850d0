import { lookup } from "node:dns/promises";
import { isIP } from "node:net";
import { admits, loadAllowlist } from "./allowlist";
import { ipLiteral, privateKindOf } from "./private-address";

/**
 * The webhook URL may not be reached: it is, or resolves to, a private,
 * loopback, link-local or metadata address that no allowlist entry admits.
 * Retrying cannot help until an admin allowlists it or the URL changes.
 */
export class WebhookRefusedError extends Error {}

/** The host did not resolve: a typo, or a name that does not exist (yet). */
export class WebhookHostUnknownError extends Error {}

/**
 * The address to connect to for a webhook host, checked at the moment of
 * connecting: every address the name resolves to must be public or admitted,
 * so a name that resolves to a public and a private address cannot be used
 * to reach the private one, and a rebinding between check and use is caught.
 */
export async function resolveWebhookTarget(hostname: string, port: number): Promise<string> {
  const literal = ipLiteral(hostname);
  const addresses = literal
    ? [literal]
    : await lookup(hostname, { all: true, verbatim: true }).then(
        (found) => found.map((a) => a.address),
        (err: NodeJS.ErrnoException) => {
          throw new WebhookHostUnknownError(`host ${hostname} does not resolve (${err.code ?? err.message})`);
        },
      );
  const rules = await loadAllowlist();
  for (const ip of addresses) {
    const kind = isIP(ip) ? privateKindOf(ip) : "invalid";
    if (kind && !admits(rules, { host: hostname, ip, port })) {
      const where = literal ? `${hostname} is` : `${hostname} resolves to ${ip}, which is`;
      throw new WebhookRefusedError(`${where} a ${describe(kind)} address; an administrator must allowlist it before webhooks may go there`);
    }
  }
  return addresses[0];
}

const names: Record<string, string> = {
  loopback: "loopback",
  private: "private-network",
  linkLocal: "link-local (cloud metadata)",
  uniqueLocal: "private-network (IPv6 unique local)",
  unspecified: "unspecified",
  carrierGradeNat: "carrier-grade NAT",
};

function describe(kind: string): string {
  return names[kind] ?? `reserved (${kind})`;
}
