import type { CustomerAttributes } from "@/src/golden/attributes";
import type { Candidate } from "@/src/matching/blocking/find-candidates";
import { defaultModel } from "@/src/matching/model/default-model";
import type { MatchModel } from "@/src/matching/model/match-model";
import { scorePair, type PairScore } from "./score-pair";
import { countSharedValues } from "./shared-values";
import { personalMailboxOf } from "@/src/standardize/emails";
import { foldForMatching } from "@/src/standardize/fold";

/** `sameSource`: the auto-merge bar for a second record of a source that keeps one record per customer. */
export type Thresholds = { auto: number; review: number; sameSource: number };

/** The incoming record's source as matching sees it: whether it may hold one customer twice decides its bar for its own records. */
export type MatchingSource = { id: string; mayHoldDuplicates: boolean };

export type ScoredGolden = PairScore & { goldenRecordId: string };

export type MatchDecision =
  /** `bridged`: other golden records the record is as sure of, which it shows to be the same customer: merged into one with `best` */
  | { kind: "link"; best: ScoredGolden; bridged: ScoredGolden[]; suspects: ScoredGolden[] }
  | { kind: "review"; suspects: ScoredGolden[] }
  | { kind: "new" };

const levelOf = (s: PairScore, attribute: string) => s.fields.find((f) => f.attribute === attribute)?.level;

/** National and tax ids belong to one person; a shared email is no proof, since families share mailboxes. */
const sameIdentity = (s: PairScore) => levelOf(s, "nationalId") === "exact" || levelOf(s, "taxId") === "exact";

/**
 * Relatives who share a surname, an address and often a phone (twins, a
 * household, a parent and the child named after them) pile up agreement that
 * Fellegi-Sunter, counting each field as independent, mistakes for one
 * person. A wholly different first name or birth date is their mark. A
 * birth date is not, when the two share the first name and a mailbox named
 * after it: the child named after a parent has a mailbox of their own, so
 * the date is the one keyed wrong.
 */
const relativeMark = (s: PairScore, incoming: CustomerAttributes) =>
  (levelOf(s, "firstName") === "different" && !bornTheSameDayWithOneMailbox(s, incoming)) ||
  (levelOf(s, "dateOfBirth") === "different" && !(levelOf(s, "firstName") === "exact" && ownNamedMailbox(s, incoming)));

/**
 * A wholly different first name is not a relative's mark when the two were
 * born the same day and share a personal mailbox: only twins share a
 * birthday, and twins keep mailboxes of their own. The first name is then
 * the field keyed wrong (another customer's name typed in).
 */
const bornTheSameDayWithOneMailbox = (s: PairScore, incoming: CustomerAttributes) =>
  levelOf(s, "dateOfBirth") === "exact" && levelOf(s, "email") === "exact" && personalMailboxOf(incoming.email) !== null;

/** The two share a personal mailbox whose name holds the incoming record's first name ("melanie.blanchard85@…"). */
function ownNamedMailbox(s: PairScore, incoming: CustomerAttributes): boolean {
  const mailbox = levelOf(s, "email") === "exact" ? personalMailboxOf(incoming.email) : null;
  const given = incoming.firstName ? foldForMatching(incoming.firstName) : "";
  return Boolean(mailbox && given.length >= MAILBOX_NAME_LENGTH && foldForMatching(mailbox).replace(/ /g, "").includes(given.replace(/ /g, "")));
}

/** A first name shorter than this turns up inside other mailbox names by chance ("al" in "alexander"). */
const MAILBOX_NAME_LENGTH = 3;

/**
 * A birth year one digit and a generation away is either a typo in the
 * decade or junior, who keeps senior's name, home and phone and now and then
 * his birthday. A typo keeps everything else, personal mailbox included;
 * junior has a mailbox of his own. When either record has no email, nothing
 * settles it and a steward decides.
 */
const generationGap = (s: PairScore, incoming: CustomerAttributes) =>
  levelOf(s, "dateOfBirth") === "decadeDigit" && !(levelOf(s, "email") === "exact" && personalMailboxOf(incoming.email) !== null);

/** Agreement on the door itself, however the street or town was written. */
const sameDoor = new Set(["exact", "otherStreetType", "otherCityName"]);

/**
 * Two sites of one organization share its name, often its switchboard, and
 * its tax number (one employer id for every site of a charity or a chain);
 * only the address tells them apart. Two organization records whose streets
 * both are known and differ are a steward's call, never an automatic merge,
 * whatever ids they share: a site merged into another loses its own
 * customer record.
 */
const otherSite = (s: PairScore) => {
  const address = s.fields.find((f) => f.attribute === "address");
  return Boolean(address && levelOf(s, "organizationName") && !sameDoor.has(address.level) && address.level !== "samePlace");
};

/** One name under two legal forms: a group's sister companies share name, address and switchboard, and differ in just that. */
const sisterCompany = (s: PairScore) => levelOf(s, "organizationName") === "otherLegalForm";

const agrees = (s: PairScore, attribute: string) => levelOf(s, attribute) === "exact";

/**
 * One field replaced wholesale (another person's given name or birth date
 * keyed into the record) while the surname and at least two of address,
 * phone, email and identifier agree exactly: too much shared for strangers,
 * too little for a sure match. A steward sees it whatever the score; a
 * household (two fields differ) does not qualify.
 */
const replacedField = (s: PairScore) => {
  const replaced = ["firstName", "dateOfBirth"].filter((f) => levelOf(s, f) === "different");
  const anchors = ["address", "phone", "email", "nationalId", "taxId"].filter((f) => agrees(s, f));
  return replaced.length === 1 && agrees(s, "lastName") && anchors.length >= 2;
};

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
  /** one of them is an organization record at another street address: perhaps another site */
  otherSite: boolean;
  /** one of them bears the same name under another legal form without sharing a tax id: perhaps a sister company */
  sister: boolean;
  /** one of them agrees on nearly everything but one replaced field: worth a steward's look whatever the score */
  replaced: boolean;
};

/**
 * Whether two golden records a new record is sure of are one customer too:
 * their own best records must score in the review band at least and bear no
 * mark of relatives or sites between them. A record without a birth date can
 * be sure of a father and of the son named after him; the two tell it apart.
 */
function sameCustomer(a: CustomerAttributes, b: CustomerAttributes, model: MatchModel, review: number): boolean {
  const between = scorePair(a, b, model);
  return between.score >= review && !relativeMark(between, a) && !otherSite(between) && !sisterCompany(between) && !generationGap(between, a);
}

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
 * - An organization at another street address than one of the candidate's
 *   records is never linked automatically: it may be another site. One under
 *   another legal form is linked only when a tax id says it is one: it may be
 *   a sister company.
 * - A candidate that agrees on nearly everything but one replaced field is
 *   proposed as a suspect even below the review threshold.
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
  const byGolden = new Map<string, { best: ScoredGolden; externalId: string; record: CustomerAttributes; flags: Flags }>();
  const shared = countSharedValues(incoming, candidates);
  for (const c of candidates) {
    const scored = scorePair(incoming, c.standardized, model, shared);
    const prev = byGolden.get(c.goldenRecordId);
    const identity = sameIdentity(scored);
    const was = prev?.flags;
    const flags: Flags = {
      sameSource: (was?.sameSource ?? false) || c.sourceId === source.id,
      relative: (was?.relative ?? false) || (relativeMark(scored, incoming) && !identity),
      generationGap: (was?.generationGap ?? false) || generationGap(scored, incoming),
      sameBirth: (was?.sameBirth ?? false) || levelOf(scored, "dateOfBirth") === "exact",
      identity: (was?.identity ?? false) || identity,
      otherSite: (was?.otherSite ?? false) || otherSite(scored),
      sister: (was?.sister ?? false) || (sisterCompany(scored) && !identity),
      replaced: (was?.replaced ?? false) || replacedField(scored),
    };
    const better = !prev || scored.score > prev.best.score || (scored.score === prev.best.score && c.externalId < prev.externalId);
    const best = better
      ? { best: { ...scored, goldenRecordId: c.goldenRecordId }, externalId: c.externalId, record: c.standardized }
      : { best: prev.best, externalId: prev.externalId, record: prev.record };
    byGolden.set(c.goldenRecordId, { ...best, flags });
  }
  // Ties go to the lower external id: golden ids are random, and the same files must give the same result every run.
  const ranked = [...byGolden.values()].sort((a, b) => b.best.score - a.best.score || a.externalId.localeCompare(b.externalId));
  const inBand = (rs: typeof ranked) => rs.filter((r) => r.best.score >= thresholds.review || r.flags.replaced).map((r) => r.best).slice(0, MAX_SUSPECTS);
  const sure = ({ best, flags }: (typeof ranked)[number]) => {
    const { sameSource, relative, generationGap: gap, sameBirth, identity, otherSite: site, sister } = flags;
    const bar = sameSource && !source.mayHoldDuplicates ? Math.max(thresholds.auto, thresholds.sameSource) : thresholds.auto;
    const related = relative || (gap && !sameBirth) || sister;
    return best.score >= bar && (!related || identity) && !site;
  };
  const top = ranked[0];
  if (top && sure(top)) {
    const bridged = ranked.slice(1).filter((r) => sure(r) && sameCustomer(top.record, r.record, model, thresholds.review));
    const rest = ranked.slice(1).filter((r) => !bridged.includes(r));
    return { kind: "link", best: top.best, bridged: bridged.map((r) => r.best), suspects: inBand(rest) };
  }
  const suspects = inBand(ranked);
  return suspects.length ? { kind: "review", suspects } : { kind: "new" };
}
