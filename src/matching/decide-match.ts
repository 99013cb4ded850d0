import type { CustomerAttributes } from "@/src/golden/attributes";
import type { Candidate } from "@/src/matching/blocking/find-candidates";
import { defaultModel } from "@/src/matching/model/default-model";
import type { MatchModel } from "@/src/matching/model/match-model";
import { scorePair, type PairScore } from "./score-pair";
import { personalMailboxOf } from "@/src/standardize/emails";

/** `sameSource`: the auto-merge bar for a second record of a source that keeps one record per customer. */
export type Thresholds = { auto: number; review: number; sameSource: number };

/** The incoming record's source as matching sees it: whether it may hold one customer twice decides its bar for its own records. */
export type MatchingSource = { id: string; mayHoldDuplicates: boolean };

export type ScoredGolden = PairScore & { goldenRecordId: string };

export type MatchDecision =
  | { kind: "link"; best: ScoredGolden; suspects: ScoredGolden[] }
  | { kind: "review"; suspects: ScoredGolden[] }
  | { kind: "new" };

const levelOf = (s: PairScore, attribute: string) => s.fields.find((f) => f.attribute === attribute)?.level;

/** National and tax ids belong to one person; a shared email is no proof, since families share mailboxes. */
const sameIdentity = (s: PairScore) => levelOf(s, "nationalId") === "exact" || levelOf(s, "taxId") === "exact";

/**
 * Relatives who share a surname, an address and often a phone (twins, a
 * household, a parent and the child named after them) pile up agreement that
 * Fellegi-Sunter, counting each field as independent, mistakes for one
 * person. A wholly different first name or birth date is their mark.
 */
const relativeMark = (s: PairScore) => levelOf(s, "firstName") === "different" || levelOf(s, "dateOfBirth") === "different";

/**
 * A birth year one digit and a generation away is either a typo in the
 * decade or junior, who keeps senior's name, home and phone and now and then
 * his birthday. A typo keeps everything else, personal mailbox included;
 * junior has a mailbox of his own. When either record has no email, nothing
 * settles it and a steward decides.
 */
const generationGap = (s: PairScore, incoming: CustomerAttributes) =>
  levelOf(s, "dateOfBirth") === "decadeDigit" && !(levelOf(s, "email") === "exact" && personalMailboxOf(incoming.email) !== null);

/** What the records of one candidate golden record say together, beyond the best one's score. */
type Flags = {
  /** one of them comes from the incoming record's own source */
  sameSource: boolean;
  /** one of them bears the mark of a relative without sharing an id */
  relative: boolean;
  /** one of them has a birth year a generation off, with nothing to settle it */
  generationGap: boolean;
  /** one of them has the incoming record's birth date exactly, which settles a generation gap elsewhere as a typo */
  sameBirth: boolean;
  /** one of them shares a national or tax id with the incoming record */
  identity: boolean;
};

/** Stewards get at most this many suspects per incoming record; more would be noise. */
const MAX_SUSPECTS = 5;

/**
 * Scores an incoming record against each candidate golden record (its best
 * source record counts) and decides: link when sure, suspects for a steward
 * when unsure, a new golden record otherwise.
 * - A golden record any of whose candidate records bears the mark of a
 *   relative, or a generation gap none of them settles, is linked
 *   automatically only when a national or tax id says it is one person: the
 *   parent's record that lacks a birth date looks exactly like the child,
 *   while the parent's other records tell them apart.
 * - A candidate golden that already holds a different record of the same
 *   source, when that source declares one record per customer, is linked
 *   automatically only above the stricter within-source bar. A source that
 *   may hold duplicates (most CRMs: deduplicating one is the first job of a
 *   hub) meets the ordinary bar.
 * - Other goldens that also score in the review band are proposed as
 *   suspects even when the record links: they are likely duplicates of the target.
 */
export function decideMatch(
  incoming: CustomerAttributes,
  source: MatchingSource,
  candidates: readonly Candidate[],
  thresholds: Thresholds,
  model: MatchModel = defaultModel,
): MatchDecision {
  const byGolden = new Map<string, { best: ScoredGolden; flags: Flags }>();
  for (const c of candidates) {
    const scored = scorePair(incoming, c.standardized, model);
    const prev = byGolden.get(c.goldenRecordId);
    const identity = sameIdentity(scored);
    const was = prev?.flags;
    const flags: Flags = {
      sameSource: (was?.sameSource ?? false) || c.sourceId === source.id,
      relative: (was?.relative ?? false) || (relativeMark(scored) && !identity),
      generationGap: (was?.generationGap ?? false) || generationGap(scored, incoming),
      sameBirth: (was?.sameBirth ?? false) || levelOf(scored, "dateOfBirth") === "exact",
      identity: (was?.identity ?? false) || identity,
    };
    const best = !prev || scored.score > prev.best.score ? { ...scored, goldenRecordId: c.goldenRecordId } : prev.best;
    byGolden.set(c.goldenRecordId, { best, flags });
  }
  const ranked = [...byGolden.values()].sort((a, b) => b.best.score - a.best.score);
  const inBand = (rs: typeof ranked) => rs.map((r) => r.best).filter((r) => r.score >= thresholds.review).slice(0, MAX_SUSPECTS);
  const top = ranked[0];
  if (top) {
    const { sameSource, relative, generationGap: gap, sameBirth, identity } = top.flags;
    const bar = sameSource && !source.mayHoldDuplicates ? Math.max(thresholds.auto, thresholds.sameSource) : thresholds.auto;
    const related = relative || (gap && !sameBirth);
    if (top.best.score >= bar && (!related || identity)) return { kind: "link", best: top.best, suspects: inBand(ranked.slice(1)) };
  }
  const suspects = inBand(ranked);
  return suspects.length ? { kind: "review", suspects } : { kind: "new" };
}
