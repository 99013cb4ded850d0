import { Faker, base } from "@faker-js/faker";
import type { CustomerAttributes } from "@/src/golden/attributes";
import type { MatchModel } from "@/src/matching/model/match-model";
import { groupBy } from "@/src/group-by";
import { scorePair } from "@/src/matching/score-pair";
import { goldenPairKey, kindsOf, type LabelledRecord } from "./judge-true-pairs";
import { relationBetween, type Relations } from "./judge-lookalikes";

type Judged = LabelledRecord & { externalId: string; standardized: CustomerAttributes };

/** One wrong decision, with both records and the evidence the model sees between them. */
export type ErrorExample = {
  /** the look-alike relation for a false merge; the corruptions of either record for a miss */
  why: string;
  score: number;
  left: string;
  right: string;
  evidence: string;
};

export type ErrorExamples = { falseMerges: ErrorExample[]; suspected: ErrorExample[]; unseen: ErrorExample[] };

const shown: (keyof CustomerAttributes)[] = ["firstName", "lastName", "fullName", "organizationName", "dateOfBirth", "email", "phone", "postalCode", "houseNumber", "city", "nationalId", "taxId"];
const summarize = (r: Judged) => `${r.source}: ${shown.flatMap((k) => (r.standardized[k] ? [r.standardized[k]] : [])).join(" | ")}`;

function example(a: Judged, b: Judged, why: string, model: MatchModel): ErrorExample {
  const scored = scorePair(a.standardized, b.standardized, model);
  const evidence = [...scored.fields]
    .sort((x, y) => Math.abs(y.contribution) - Math.abs(x.contribution))
    .map((f) => `${f.attribute} ${f.level} ${f.contribution >= 0 ? "+" : ""}${f.contribution.toFixed(1)}`)
    .join(", ");
  return { why, score: scored.score, left: summarize(a), right: summarize(b), evidence };
}

const groupsOf = <R>(rows: readonly R[], key: (r: R) => string): R[][] => [...groupBy(rows, key).values()];

/** Every pair of groups, each represented by its first row. */
function acrossGroups<R>(groups: R[][]): [R, R][] {
  return groups.flatMap((g, i) => groups.slice(i + 1).map((h): [R, R] => [g[0], h[0]]));
}

/**
 * A seeded sample of the false merges, of the true pairs left to a steward
 * and of those nobody will see (neither merged nor suspected), each with
 * the pair's evidence: the figures say how many decisions went wrong, these
 * say which comparator or rule to look at. A pair is scored on its own, while
 * ingest scored the record against the best record of the golden record.
 * Records are put in their sources' order first, so the same seed shows the
 * same pairs whatever order the database returned them in.
 */
export function sampleErrors(
  records: readonly Judged[],
  relations: Relations,
  openSuspects: ReadonlySet<string>,
  model: MatchModel,
  opts: { count: number; seed: number },
): ErrorExamples {
  const f = new Faker({ locale: base });
  f.seed(opts.seed);
  const pick = <T>(xs: T[]) => f.helpers.shuffle(xs).slice(0, opts.count);
  const ordered = [...records].sort((a, b) => a.source.localeCompare(b.source) || a.externalId.localeCompare(b.externalId));

  const falsePairs = groupsOf(ordered, (r) => r.goldenRecordId).flatMap((golden) => acrossGroups(groupsOf(golden, (r) => r.entityId)));
  const missed = groupsOf(ordered, (r) => r.entityId).flatMap((customer) => acrossGroups(groupsOf(customer, (r) => r.goldenRecordId)));
  const isSuspected = ([a, b]: [Judged, Judged]) => openSuspects.has(goldenPairKey(a.goldenRecordId, b.goldenRecordId));
  const missedExample = ([a, b]: [Judged, Judged]) => example(a, b, kindsOf(a, b).join(", "), model);
  return {
    falseMerges: pick(falsePairs).map(([a, b]) => example(a, b, relationBetween(a.entityId, b.entityId, relations), model)),
    suspected: pick(missed.filter(isSuspected)).map(missedExample),
    unseen: pick(missed.filter((p) => !isSuspected(p))).map(missedExample),
  };
}
