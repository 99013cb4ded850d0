import ipaddr from "ipaddr.js";
import { prisma } from "@/src/db";

/** One admin decision: a host or an address range webhooks may reach though it is private, on any port or on one. */
export type AllowlistRule =
  | { kind: "host"; host: string; port: number | null }
  | { kind: "range"; range: [ipaddr.IPv4 | ipaddr.IPv6, number]; port: number | null };

/** Reads a stored pattern (`host`, `host:port`, an IP, `[v6]:port`, a CIDR range); null when it is none of those. */
export function parseAllowlistPattern(pattern: string): AllowlistRule | null {
  const text = pattern.trim().toLowerCase();
  if (text.includes("/")) {
    try {
      return { kind: "range", range: ipaddr.parseCIDR(text), port: null };
    } catch {
      return null;
    }
  }
  const bracketed = /^\[([^\]]+)\](?::(\d{1,5}))?$/.exec(text);
  const [address, portText] = bracketed ? [bracketed[1], bracketed[2]] : ipaddr.isValid(text) ? [text, undefined] : splitPort(text);
  const port = portText === undefined ? null : Number(portText);
  if (port !== null && (port < 1 || port > 65535)) return null;
  if (ipaddr.isValid(address)) {
    const ip = ipaddr.parse(address);
    return { kind: "range", range: [ip, ip.kind() === "ipv4" ? 32 : 128], port };
  }
  return /^(?=.{1,253}$)[a-z0-9_]([a-z0-9_-]{0,62}[a-z0-9_])?(\.[a-z0-9_]([a-z0-9_-]{0,62}[a-z0-9_])?)*$/.test(address)
    ? { kind: "host", host: address, port }
    : null;
}

function splitPort(text: string): [string, string | undefined] {
  const m = /^(.*):(\d{1,5})$/.exec(text);
  return m ? [m[1], m[2]] : [text, undefined];
}

/** Whether a rule admits a connection to this host (as the URL names it), at this address and port. */
export function admits(rules: readonly AllowlistRule[], target: { host: string; ip: string; port: number }): boolean {
  const ip = ipaddr.process(target.ip);
  return rules.some((r) => {
    if (r.port !== null && r.port !== target.port) return false;
    if (r.kind === "host") return r.host === target.host.toLowerCase();
    const [base] = r.range;
    const candidate = base.kind() === ip.kind() ? ip : null;
    return candidate !== null && candidate.match(r.range);
  });
}

/** Re-read at most this often, so every webhook does not cost a query and a new entry still counts within seconds. */
const FRESH_MS = 5_000;
const cache = globalThis as unknown as { goldenhubAllowlist?: { at: number; rules: Promise<AllowlistRule[]> } };

/** The allowlist as stored, read through a short cache. */
export function loadAllowlist(now = Date.now()): Promise<AllowlistRule[]> {
  const hit = cache.goldenhubAllowlist;
  if (hit && now - hit.at < FRESH_MS) return hit.rules;
  const rules = prisma.webhookAllowlistEntry
    .findMany({ select: { pattern: true } })
    .then((rows) => rows.map((r) => parseAllowlistPattern(r.pattern)).filter((r): r is AllowlistRule => r !== null));
  cache.goldenhubAllowlist = { at: now, rules };
  rules.catch(() => (cache.goldenhubAllowlist = undefined));
  return rules;
}

/** Drops the cached allowlist after an admin changes it, so this process honours the change at once. */
export function forgetAllowlist(): void {
  cache.goldenhubAllowlist = undefined;
}
