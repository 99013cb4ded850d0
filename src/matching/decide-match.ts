import type { CustomerAttributes } from "../golden/attributes";
import type { Candidate } from "./find-candidates";
import { defaultModel } from "./model/default-model";
import type { MatchModel } from "./model/match-model";
import { scorePair, type PairScore } from "./score-pair";

export type Thresholds = { auto: number; review: number };

export type ScoredGolden = PairScore & { goldenRecordId: string };

export type MatchDecision =
  | { kind: "link"; best: ScoredGolden }
  | { kind: "review"; suspects: ScoredGolden[] }
  | { kind: "new" };

/** Stewards get at most this many suspects per incoming record; more would be noise. */
const MAX_SUSPECTS = 5;

/**
 * Scores an incoming record against each candidate golden record (its best
 * source record counts) and decides: link when sure, suspects for a steward
 * when unsure, a new golden record otherwise. A candidate golden that already
 * holds a different record of the same source is never linked automatically:
 * one system rarely keeps one customer twice on purpose.
 */
export function decideMatch(
  incoming: CustomerAttributes,
  sourceId: string,
  candidates: readonly Candidate[],
  thresholds: Thresholds,
  model: MatchModel = defaultModel,
): MatchDecision {
  const byGolden = new Map<string, ScoredGolden & { sameSource: boolean }>();
  for (const c of candidates) {
    const scored = scorePair(incoming, c.standardized, model);
    const prev = byGolden.get(c.goldenRecordId);
    const sameSource = (prev?.sameSource ?? false) || c.sourceId === sourceId;
    if (!prev || scored.score > prev.score) byGolden.set(c.goldenRecordId, { ...scored, goldenRecordId: c.goldenRecordId, sameSource });
    else prev.sameSource = sameSource;
  }
  const ranked = [...byGolden.values()].sort((a, b) => b.score - a.score);
  const best = ranked[0];
  if (best && best.score >= thresholds.auto && !best.sameSource) {
    const { sameSource: _, ...scored } = best;
    return { kind: "link", best: scored };
  }
  const suspects = ranked
    .filter((r) => r.score >= thresholds.review)
    .slice(0, MAX_SUSPECTS)
    .map(({ sameSource: _, ...scored }) => scored);
  return suspects.length ? { kind: "review", suspects } : { kind: "new" };
}
