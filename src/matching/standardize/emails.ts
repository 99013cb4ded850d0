/** Addresses people type when a form insists on one; many customers share them, so they prove nothing. */
const placeholders = new Set([
  "noemail", "no-email", "no.email", "nomail", "no-mail", "none", "noreply", "no-reply", "donotreply",
  "do-not-reply", "unknown", "keine", "null", "na", "n/a", "test",
]);

const shape = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/;

/** Lower-cases an email: the domain is case-blind, and no mail system in practice treats the local part otherwise. */
export function standardizeEmail(value: string): string {
  return value.trim().toLowerCase();
}

/**
 * Whether an email can serve as a matching key: one @, a dotted domain, no
 * spaces, and not a placeholder like "noemail@…". An unusable email is still
 * stored as typed; it just never links two customers.
 */
export function isUsableEmail(email: string | null | undefined): boolean {
  if (!email || email.length > 254 || !shape.test(email)) return false;
  return !placeholders.has(email.slice(0, email.indexOf("@")).toLowerCase());
}
