import ipaddr from "ipaddr.js";

/**
 * The kind of address an IP is when webhooks must not reach it (loopback,
 * private, link-local with the cloud metadata service, carrier NAT, reserved…),
 * or null for an ordinary public address. An IPv4 address written as IPv6
 * (`::ffff:127.0.0.1`) is judged as the IPv4 address it is.
 */
export function privateKindOf(ip: string): string | null {
  let address = ipaddr.parse(ip);
  if (address.kind() === "ipv6" && (address as ipaddr.IPv6).isIPv4MappedAddress()) address = (address as ipaddr.IPv6).toIPv4Address();
  const range = address.range();
  return range === "unicast" ? null : range;
}

/** An IP literal as URLs write it (`[::1]`) without its brackets, or null for a hostname. */
export function ipLiteral(hostname: string): string | null {
  const bare = hostname.startsWith("[") && hostname.endsWith("]") ? hostname.slice(1, -1) : hostname;
  return ipaddr.isValid(bare) && (bare.includes(":") || ipaddr.IPv4.isValidFourPartDecimal(bare)) ? bare : null;
}
