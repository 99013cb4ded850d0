import type { CustomerAttributes } from "../golden/attributes";
import type { Candidate } from "./find-candidates";
import { scorePair, type FieldEvidence } from "./score-pair";

export type Thresholds = { auto: number; review: number };

export type ScoredGolden = { goldenRecordId: string; score: number; fields: FieldEvidence[] };

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
): MatchDecision {
  const byGolden = new Map<string, ScoredGolden & { sameSource: boolean }>();
  for (const c of candidates) {
    const { score, fields } = scorePair(incoming, c.standardized);
    const prev = byGolden.get(c.goldenRecordId);
    const sameSource = (prev?.sameSource ?? false) || c.sourceId === sourceId;
    if (!prev || score > prev.score) byGolden.set(c.goldenRecordId, { goldenRecordId: c.goldenRecordId, score, fields, sameSource });
    else prev.sameSource = sameSource;
  }
  const ranked = [...byGolden.values()].sort((a, b) => b.score - a.score);
  const best = ranked[0];
  if (best && best.score >= thresholds.auto && !best.sameSource) {
    return { kind: "link", best: { goldenRecordId: best.goldenRecordId, score: best.score, fields: best.fields } };
  }
  const suspects = ranked
    .filter((r) => r.score >= thresholds.review)
    .slice(0, MAX_SUSPECTS)
    .map(({ goldenRecordId, score, fields }) => ({ goldenRecordId, score, fields }));
  return suspects.length ? { kind: "review", suspects } : { kind: "new" };
}
