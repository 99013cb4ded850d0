/**
 * The address a request came from, as far as the headers tell: the last
 * `X-Forwarded-For` entry, which is the one the nearest proxy appended (or
 * Next.js set from the socket when no proxy did); the entries before it are
 * whatever the client chose to send, so trusting them would let one client
 * pose as many and slip past the per-address sign-in throttle. A client
 * talking to Next.js directly can still forge the header; the per-account
 * throttle does not depend on it.
 */
export function clientAddressOf(headers: Pick<Headers, "get">): string | null {
  const hops = (headers.get("x-forwarded-for") ?? "").split(",").map((h) => h.trim()).filter(Boolean);
  const last = hops.at(-1) ?? headers.get("x-real-ip")?.trim();
  if (!last) return null;
  // An IPv4 client on a dual-stack socket shows as ::ffff:a.b.c.d; one client, one key.
  return last.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "").slice(0, 100);
}
