/**
 * A LIKE pattern matching `text` anywhere, with LIKE's own wildcards escaped,
 * so a search for "50%" or "a_b" finds those characters instead of everything.
 * The escape character is `\`, PostgreSQL's default for LIKE and ILIKE.
 */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
