import Fuse from "fuse.js";

/** How far a word may be from another and still count as the same word (fuse.js score, 0 = identical). */
const WORD_TOLERANCE = 0.3;

/**
 * Share of words two names have in common when each word may carry a typo
 * and words may come in any order ("Müller Brothers Trading" / "Trading
 * Mueler Bros"), found with fuse.js over the words of one side.
 */
export function fuzzyTokenSimilarity(a: string, b: string): number {
  const wa = a.split(" ").filter(Boolean);
  const wb = b.split(" ").filter(Boolean);
  if (!wa.length || !wb.length) return 0;
  const fuse = new Fuse(wb, { includeScore: true, threshold: WORD_TOLERANCE, ignoreLocation: true });
  let shared = 0;
  for (const word of wa) {
    const [best] = fuse.search(word, { limit: 1 });
    if (best && (best.score ?? 1) <= WORD_TOLERANCE) shared++;
  }
  return Math.min(1, (2 * shared) / (wa.length + wb.length));
}
