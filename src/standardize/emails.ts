/** Addresses people type when a form insists on one; many customers share them, so they prove nothing. */
const placeholders = new Set([
  "noemail", "no-email", "no.email", "nomail", "no-mail", "none", "noreply", "no-reply", "donotreply",
  "do-not-reply", "unknown", "keine", "null", "na", "n/a", "test",
]);

/** Shared mailboxes of a company or office: the same name at two domains is two different mailboxes. */
const roleMailboxes = new Set([
  "info", "contact", "kontakt", "sales", "office", "admin", "support", "hello", "hallo", "mail", "service",
  "team", "billing", "accounts", "invoice", "invoices", "rechnung", "buchhaltung", "webmaster", "post",
  "bureau", "enquiries", "orders", "marketing", "jobs", "press", "welcome", "bonjour", "accueil",
  "verkauf", "vertrieb", "zentrale", "kundenservice", "anfrage", "anfragen", "bestellung", "empfang", "kanzlei",
  "praxis", "newsletter", "careers", "help", "reception", "shop", "finance", "purchasing", "hr", "contact-us",
]);

const shape = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/;

/** Lower-cases an email: the domain is case-blind, and no mail system in practice treats the local part otherwise. */
export function standardizeEmail(value: string): string {
  return value.trim().toLowerCase();
}

/** One domain label: letters of any script (with their marks) or digits, hyphens only inside, at most 63 long. */
const label = /^[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}-]{0,61}[\p{L}\p{M}\p{N}])?$/u;
/** The characters a mailbox name may hold unquoted; quoted local parts are not seen in customer data. */
const localPart = /^[\p{L}\p{M}\p{N}!#$%&'*+/=?^_`{|}~-]+(?:\.[\p{L}\p{M}\p{N}!#$%&'*+/=?^_`{|}~-]+)*$/u;

/**
 * Why a value is not an email address, or null when it is one: a mailbox
 * name, one @, and a domain of at least two labels ending in a top-level
 * domain of letters (or punycode). Ingest drops such a value with this as
 * its warning, since "not an email" kept as an email misleads every reader.
 */
export function emailProblem(email: string): string | null {
  const at = email.lastIndexOf("@");
  if (at < 0) return "is not an email address: it has no @";
  const [local, domain] = [email.slice(0, at), email.slice(at + 1)];
  if (email.length > 254 || local.length > 64) return "is too long to be an email address";
  if (!localPart.test(local)) return "is not an email address: the part before the @ is empty or holds spaces, @ or stray dots";
  const labels = domain.split(".");
  const tld = labels[labels.length - 1];
  if (labels.length < 2 || !labels.every((l) => label.test(l)) || !/^(?:\p{L}[\p{L}\p{M}]+|xn--[a-z0-9-]+)$/u.test(tld)) {
    return "is not an email address: the part after the @ is not a domain such as example.com";
  }
  return null;
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

/**
 * The part before the @ when it names one person's mailbox, so the same
 * mailbox at another provider ("anna.meyer@gmx.de" / "anna.meyer@web.de")
 * can be recognised; null for short names and shared role mailboxes
 * ("info@…"), which say nothing about who the customer is.
 */
export function personalMailboxOf(email: string | null | undefined): string | null {
  if (!email || !isUsableEmail(email)) return null;
  const local = email.slice(0, email.indexOf("@")).toLowerCase();
  return local.length >= 4 && !roleMailboxes.has(local) ? local : null;
}
