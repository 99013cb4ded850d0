import { fieldLevels, type Field } from "@/src/matching/compare/level";
import { levelWeight, priorLogOdds, type LevelProbabilities, type MatchModel } from "./match-model";

/** One candidate pair as the model sees it: the level of each field both records had. */
export type ComparisonVector = Partial<Record<Field, string>>;

export type TrainingPair = {
  vector: ComparisonVector;
  /** a steward's decision: true for merged, false for "not a duplicate"; absent when unlabelled */
  label?: boolean;
};

const fields = Object.keys(fieldLevels) as Field[];

/** Pseudo-counts drawn from the starting model, so the shape of a sparsely seen field stays sensible. */
const SMOOTHING = 2;
/**
 * One pseudo-observation per level on each side besides (Laplace): a level
 * that no non-match showed among N pairs has a u of about 1/N, not the
 * prior's share of two pseudo-counts, which at 150k pairs gave a phone one
 * digit off +13.6, five more than an exact phone. On the match side it pulls
 * the weights of a field both records seldom carry (tax ids in a hub of few
 * companies) toward zero until more pairs show it: evidence the data has not
 * shown is not claimed.
 */
const PER_LEVEL = 1;
const MAX_ITERATIONS = 100;
const TOLERANCE = 1e-6;

/** The probability a pair is a match under a model. */
export function matchProbability(model: MatchModel, vector: ComparisonVector): number {
  let logOdds = priorLogOdds(model);
  for (const f of fields) {
    const level = vector[f];
    if (level) logOdds += levelWeight(model, f, level);
  }
  return 1 / (1 + Math.exp(-logOdds));
}

function reestimate(start: MatchModel, pairs: TrainingPair[], g: number[]): MatchModel {
  const unlabelled = pairs.map((p, i) => (p.label === undefined ? g[i] : null)).filter((x): x is number => x !== null);
  const matchRate = unlabelled.length ? unlabelled.reduce((a, b) => a + b, 0) / unlabelled.length : start.matchRate;
  const next = {} as Record<Field, LevelProbabilities>;
  for (const f of fields) {
    const mCount: Record<string, number> = {};
    const uCount: Record<string, number> = {};
    let mTotal = 0;
    let uTotal = 0;
    for (const level of fieldLevels[f]) {
      // A level the starting model predates begins with no opinion.
      const prior = start.fields[f]?.[level] ?? { m: 1 / fieldLevels[f].length, u: 1 / fieldLevels[f].length };
      mCount[level] = PER_LEVEL + SMOOTHING * prior.m;
      uCount[level] = PER_LEVEL + SMOOTHING * prior.u;
      mTotal += mCount[level];
      uTotal += uCount[level];
    }
    pairs.forEach((p, i) => {
      const level = p.vector[f];
      if (!level || !(level in mCount)) return;
      mCount[level] += g[i];
      uCount[level] += 1 - g[i];
      mTotal += g[i];
      uTotal += 1 - g[i];
    });
    next[f] = Object.fromEntries(fieldLevels[f].map((l) => [l, { m: mCount[l] / mTotal, u: uCount[l] / uTotal }]));
  }
  return { version: start.version, matchRate: Math.min(0.99, Math.max(1e-4, matchRate)), fields: next };
}

/**
 * Fits the m/u probabilities and the match rate to the candidate pairs a hub
 * actually sees, by expectation-maximisation: unlabelled pairs count as
 * matches in proportion to how likely they are, and pairs stewards decided
 * count as what the steward said. Learning from the hub's own data beats
 * constants tuned on someone else's.
 */
export function estimateModel(start: MatchModel, pairs: TrainingPair[], version: string): { model: MatchModel; iterations: number } {
  let model = start;
  for (let iteration = 1; iteration <= MAX_ITERATIONS; iteration++) {
    const g = pairs.map((p) => (p.label === undefined ? matchProbability(model, p.vector) : p.label ? 1 : 0));
    const next = reestimate(start, pairs, g);
    const change = Math.abs(next.matchRate - model.matchRate) +
      fields.reduce((s, f) => s + fieldLevels[f].reduce((t, l) => t + Math.abs(next.fields[f][l].m - (model.fields[f]?.[l]?.m ?? 0)), 0), 0);
    model = next;
    if (change < TOLERANCE) return { model: { ...model, version }, iterations: iteration };
  }
  return { model: { ...model, version }, iterations: MAX_ITERATIONS };
}
