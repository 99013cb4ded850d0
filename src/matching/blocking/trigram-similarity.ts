/**
 * The trigrams pg_trgm would extract from a string: each run of letters and
 * digits, lower-cased and padded with two spaces before and one after. Kept
 * to pg_trgm's rules so blocking within one chunk in memory agrees with the
 * `%` operator the stored records are searched with.
 */
export function trigramsOf(text: string): Set<string> {
  const grams = new Set<string>();
  for (const word of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    if (!word) continue;
    const padded = `  ${word} `;
    for (let i = 0; i + 3 <= padded.length; i++) grams.add(padded.slice(i, i + 3));
  }
  return grams;
}

/** pg_trgm's `similarity`: shared trigrams over all distinct trigrams of both. */
export function trigramSimilarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const g of a) if (b.has(g)) shared++;
  return shared / (a.size + b.size - shared);
}

/**
 * How alike two names must be for blocking to compare them: pg_trgm's
 * `similarity_threshold`, the bar of the `%` operator, set on every pooled
 * connection (src/db.ts). pg_trgm's default of 0.3 made the index hand back
 * thousands of rows to recheck for a common name once the hub held a few
 * hundred thousand records (55 ms per lookup at 240k; 6 ms at 0.5). Against
 * a million stored records 0.5 still took 42 ms at p95 and 0.6 takes 27 ms;
 * the typos only a looser bar reaches, the mailbox and home-and-birthday keys
 * mostly reach too (sampled blocking recall at 1M: 99.86% at 0.5, 99.77% at 0.6).
 */
export const TRIGRAM_THRESHOLD = 0.6;
