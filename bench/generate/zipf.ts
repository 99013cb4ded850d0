import type { Faker } from "@faker-js/faker";

/**
 * A count from 1 to `max` with P(k) ∝ 1/k^exponent: most draws are 1, a long
 * tail reaches `max`. Real lists repeat customers this way (one visit, a few
 * regulars), and organizations run sites this way (most one, some a dozen).
 */
export function zipfCount(f: Faker, max: number, exponent: number): number {
  return f.helpers.weightedArrayElement(Array.from({ length: max }, (_, i) => ({ value: i + 1, weight: 1 / (i + 1) ** exponent })));
}
