import type { CustomerAttributes } from "../golden/attributes";
import type { Candidate } from "./find-candidates";
import { defaultModel } from "./model/default-model";
import type { MatchModel } from "./model/match-model";
import { scorePair, type PairScore } from "./score-pair";

export type Thresholds = { auto: number; review: number };

export type ScoredGolden = PairScore & { goldenRecordId: string };

export type MatchDecision =
  | { kind: "link"; best: ScoredGolden; suspects: ScoredGolden[] }
  | { kind: "review"; suspects: ScoredGolden[] }
  | { kind: "new" };

/** How sure matching must be to join a record to a golden record that already holds another record of the same source. */
const SAME_SOURCE_AUTO = 0.9999;

/**
 * Relatives who share a surname, an address and often a phone (twins, a
 * household, a parent and the child named after them) pile up agreement that
 * Fellegi-Sunter, counting each field as independent, mistakes for one
 * person. A wholly different first name or birth date is their mark, and such
 * a pair goes to a steward however high it scores, unless a national or tax
 * id says it is one person.
 */
function relativeLike(s: PairScore): boolean {
  const level = (attribute: string) => s.fields.find((f) => f.attribute === attribute)?.level;
  // A shared email is no proof: families share mailboxes. National and tax ids belong to one person.
  const sameIdentity = level("nationalId") === "exact" || level("taxId") === "exact";
  return !sameIdentity && (level("firstName") === "different" || level("dateOfBirth") === "different");
}

/** Stewards get at most this many suspects per incoming record; more would be noise. */
const MAX_SUSPECTS = 5;

/**
 * Scores an incoming record against each candidate golden record (its best
 * source record counts) and decides: link when sure, suspects for a steward
 * when unsure, a new golden record otherwise. A candidate golden that already
 * holds a different record of the same source is linked automatically only
 * above a stricter bar: one system rarely keeps one customer twice on purpose.
 * Other goldens that also score in the review band are proposed as suspects
 * even when the record links, since they are likely duplicates of the target.
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
  const inBand = (rs: typeof ranked) =>
    rs
      .filter((r) => r.score >= thresholds.review)
      .slice(0, MAX_SUSPECTS)
      .map(({ sameSource: _, ...scored }) => scored);
  const bar = best?.sameSource ? Math.max(thresholds.auto, SAME_SOURCE_AUTO) : thresholds.auto;
  if (best && best.score >= bar && !relativeLike(best)) {
    const { sameSource: _, ...scored } = best;
    return { kind: "link", best: scored, suspects: inBand(ranked.slice(1)) };
  }
  const suspects = inBand(ranked);
  return suspects.length ? { kind: "review", suspects } : { kind: "new" };
}
