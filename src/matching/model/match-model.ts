import type { Field } from "@/src/matching/compare/level";
import type { TermFrequencies } from "./term-frequencies";

/** Per level of one field: how often true matches (m) and non-matches (u) among candidate pairs show it. */
export type LevelProbabilities = Record<string, { m: number; u: number }>;

/**
 * A Fellegi-Sunter model: the share of candidate pairs that are matches, and
 * m/u probabilities per field level. Each level's weight is ln(m/u), the
 * evidence it adds; a pair's match probability follows from the sum.
 */
export type MatchModel = {
  version: string;
  /** share of candidate pairs that are true matches */
  matchRate: number;
  fields: Record<Field, LevelProbabilities>;
  /** how common each name is among the records the model was trained on; absent in the built-in model */
  frequencies?: TermFrequencies;
};

/** The log-odds one level adds: positive when matches show it more often than non-matches. */
export function levelWeight(model: MatchModel, field: Field, level: string): number {
  const p = model.fields[field]?.[level];
  if (!p) return 0;
  return Math.log(p.m / p.u);
}

/** The log-odds before any field is compared. */
export function priorLogOdds(model: MatchModel): number {
  return Math.log(model.matchRate / (1 - model.matchRate));
}
