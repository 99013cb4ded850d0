import type { ComparisonVector } from "./estimate-model";
import { matchProbability } from "./estimate-model";
import type { MatchModel } from "./match-model";

export type ExpectedQuality = { threshold: number; precision: number; recall: number; pairsAbove: number };

/**
 * What a model expects of itself at a threshold, read off its own match
 * probabilities: of the pairs it would accept, the share that are matches
 * (precision), and of all the matches it believes are there, the share it
 * would accept (recall). Shown to an admin before a model is activated.
 */
export function expectedQuality(model: MatchModel, vectors: ComparisonVector[], thresholds: number[]): ExpectedQuality[] {
  const p = vectors.map((v) => matchProbability(model, v));
  const expectedMatches = p.reduce((a, b) => a + b, 0);
  return thresholds.map((threshold) => {
    const above = p.filter((x) => x >= threshold);
    const matchesAbove = above.reduce((a, b) => a + b, 0);
    return {
      threshold,
      precision: above.length ? matchesAbove / above.length : 1,
      recall: expectedMatches ? matchesAbove / expectedMatches : 0,
      pairsAbove: above.length,
    };
  });
}
