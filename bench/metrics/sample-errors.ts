import { Faker, base } from "@faker-js/faker";
import type { CustomerAttributes } from "../../src/golden/attributes";
import type { MatchModel } from "../../src/matching/model/match-model";
import { scorePair } from "../../src/matching/score-pair";
import { goldenPairKey } from "./judge-true-pairs";
import { relationBetween, type Relations } from "./judge-lookalikes";

type Judged = { id: string; entityId: string; goldenRecordId: string; source: string; corruptions: string[]; standardized: CustomerAttributes };

/** One wrong decision, with both records and the evidence the model sees between them. */
export type ErrorExample = {
  /** the look-alike relation for a false merge; the corruptions of either record for a miss */
  why: string;
  score: number;
  left: string;
  right: string;
  evidence: string;
};

const shown: (keyof CustomerAttributes)[] = ["firstName", "lastName", "fullName", "organizationName", "dateOfBirth", "email", "phone", "postalCode", "houseNumber", "city", "nationalId", "taxId"];
const describe = (r: Judged) => `${r.source}: ${shown.flatMap((k) => (r.standardized[k] ? [r.standardized[k]] : [])).join(" | ")}`;

function example(a: Judged, b: Judged, why: string, model: MatchModel): ErrorExample {
  const scored = scorePair(a.standardized, b.standardized, model);
  const evidence = [...scored.fields]
    .sort((x, y) => Math.abs(y.contribution) - Math.abs(x.contribution))
    .map((f) => `${f.attribute} ${f.level} ${f.contribution >= 0 ? "+" : ""}${f.contribution.toFixed(1)}`)
    .join(", ");
  return { why, score: scored.score, left: describe(a), right: describe(b), evidence };
}

export type ErrorExamples = { falseMerges: ErrorExample[]; suspected: ErrorExample[]; unseen: ErrorExample[] };

function groupBy<R>(rows: readonly R[], key: (r: R) => string): R[][] {
  const groups = new Map<string, R[]>();
  for (const r of rows) groups.set(key(r), [...(groups.get(key(r)) ?? []), r]);
  return [...groups.values()];
}

/**
 * A seeded sample of the false merges, of the true pairs left to a steward
 * and of those nobody will see (neither merged nor suspected), each with
 * the pair's evidence: the figures say how many decisions went wrong, these
 * say which comparator or rule to look at. A pair is scored on its own, while
 * ingest scored the record against the best record of the golden record.
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

  const falsePairs: [Judged, Judged][] = [];
  for (const golden of groupBy(records, (r) => r.goldenRecordId)) {
    const customers = groupBy(golden, (r) => r.entityId);
    for (let i = 1; i < customers.length; i++) falsePairs.push([customers[0][0], customers[i][0]]);
  }
  const suspected: [Judged, Judged][] = [];
  const unseen: [Judged, Judged][] = [];
  for (const customer of groupBy(records, (r) => r.entityId)) {
    const goldens = groupBy(customer, (r) => r.goldenRecordId);
    for (let i = 1; i < goldens.length; i++) {
      const [a, b] = [goldens[0][0], goldens[i][0]];
      (openSuspects.has(goldenPairKey(a.goldenRecordId, b.goldenRecordId)) ? suspected : unseen).push([a, b]);
    }
  }
  const corruptions = ([a, b]: [Judged, Judged]) => [...new Set([...a.corruptions, ...b.corruptions])].join(", ") || "exact copy";
  return {
    falseMerges: pick(falsePairs).map(([a, b]) => example(a, b, relationBetween(a.entityId, b.entityId, relations), model)),
    suspected: pick(suspected).map((p) => example(...p, corruptions(p), model)),
    unseen: pick(unseen).map((p) => example(...p, corruptions(p), model)),
  };
}
