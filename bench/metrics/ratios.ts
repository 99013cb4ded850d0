/** A share, or null when there is nothing to take a share of, so an empty run never reads as perfect. */
export function share(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

/** The harmonic mean of precision and recall; null unless both are known. */
export function f1(precision: number | null, recall: number | null): number | null {
  if (precision === null || recall === null) return null;
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}
