/**
 * Characters no customer value holds: C0 controls other than tab and line
 * breaks, DEL, the noncharacters U+FFFE/U+FFFF, U+FFFD (what a decoder puts
 * where bytes were not valid UTF-8) and UTF-16 surrogates without their pair.
 * C1 controls (U+0080–U+009F) are let through: in customer data they are
 * mojibake, UTF-8 read as Latin-1 ("Ã\u0096mer" for "Ömer"), which
 * standardizing repairs; quarantining would lose a real customer over it.
 * Without the `u` flag the pattern sees code units, so it finds lone surrogates.
 */
const unsafe = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFD\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** What PostgreSQL refuses in text and jsonb: NUL, and surrogates without their pair. */
const unstorable = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const codePoint = (ch: string) => `U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;

/**
 * Why a value cannot be accepted, naming the character and where it is, or
 * null: such a record is quarantined rather than stored, because the database
 * cannot hold NUL or half a surrogate pair (one such value used to fail the
 * whole batch) and the others mean the sender's text was corrupted.
 */
export function unsafeCharacterProblem(value: string): string | null {
  const found = unsafe.exec(value);
  if (!found) return null;
  const [ch, at] = [found[0], `at character ${found.index + 1}`];
  if (ch === "\u0000") return `contains a NUL character (U+0000) ${at}; text never holds one`;
  if (ch >= "\uD800" && ch <= "\uDFFF") return `contains a lone UTF-16 surrogate (${codePoint(ch)}) ${at}, which is not valid Unicode`;
  if (ch === "\uFFFD") return `contains U+FFFD ${at}, which stands for bytes that were not valid UTF-8; send the text as UTF-8`;
  return `contains the control character ${codePoint(ch)} ${at}`;
}

/** A string the database can store, each NUL or lone surrogate written out as its `\u` escape for a steward to read. */
export function storableText(value: string): string {
  return value.replace(unstorable, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** How deep a quarantined payload is kept; the edge refuses deeper bodies, so only other callers ever reach it. */
const MAX_STORED_DEPTH = 32;

/**
 * A copy of any JSON value that PostgreSQL's jsonb accepts: keys and strings
 * through `storableText`, and nesting cut off at a depth that serializing
 * cannot overflow. Quarantine stores what was sent this way, so storing a
 * rejection can never be what fails the batch.
 */
export function storableJson(value: unknown, depth = 0): unknown {
  if (typeof value === "string") return storableText(value);
  if (value === null || typeof value !== "object") return value;
  if (depth >= MAX_STORED_DEPTH) return `(nested deeper than ${MAX_STORED_DEPTH} levels; not kept)`;
  if (Array.isArray(value)) return value.map((v) => storableJson(v, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [storableText(k), storableJson(v, depth + 1)]));
}
