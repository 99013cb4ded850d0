import type { CustomerAttributes } from "@/src/golden/attributes";
import { compareRecords } from "@/src/matching/compare/compare-records";
import type { Field } from "@/src/matching/compare/level";
import { defaultModel } from "@/src/matching/model/default-model";
import { levelWeight, priorLogOdds, type MatchModel } from "@/src/matching/model/match-model";
import { frequencyAdjustment, frequencyFields, frequencyKey, MAX_ADJUSTMENT, type FrequencyField } from "@/src/matching/model/term-frequencies";
import type { SharedField, SharedValues } from "./shared-values";

export type FieldEvidence = {
  attribute: string;
  left: string | null;
  right: string | null;
  similarity: number;
  /** log-odds this field adds (negative: evidence against a match) */
  contribution: number;
  /** the agreement level the weight belongs to */
  level: string;
  note?: string;
};

export type PairScore = {
  score: number;
  /** log-odds before any field, from the model's match rate */
  prior: number;
  modelVersion: string;
  fields: FieldEvidence[];
};

const isFrequencyField = (f: string): f is FrequencyField => (frequencyFields as readonly string[]).includes(f);
const oneIn = (share: number) => `1 in ${Math.round(1 / share).toLocaleString("en-US")}`;

/** Exact agreement on a name, weighed by how common that name is among the hub's customers. */
function withValueFrequency(e: FieldEvidence, model: MatchModel): FieldEvidence {
  const frequencies = isFrequencyField(e.attribute) ? model.frequencies?.[e.attribute] : undefined;
  if (!frequencies || !e.left) return e;
  const { weight, share } = frequencyAdjustment(frequencies, frequencyKey(e.attribute as FrequencyField, e.left));
  if (Math.abs(weight) < 0.5) return e;
  const frequency = `${weight > 0 ? "rare" : "common"}: ${oneIn(share)} records`;
  return { ...e, contribution: e.contribution + weight, note: e.note ? `${e.note}; ${frequency}` : frequency };
}

/**
 * Agreement on a phone, email or address that several customers hold: the
 * level's weight assumes a value held by one customer, and a value held by n
 * is n times likelier to agree by chance (the term-frequency idea applied to
 * the values matching can see, trained model or not).
 */
function withSharedValue(e: FieldEvidence, shared: SharedValues): FieldEvidence {
  const holders = shared[e.attribute as SharedField];
  if (!holders) return e;
  const discount = Math.min(Math.log(holders), MAX_ADJUSTMENT);
  const note = `shared by ${holders.toLocaleString("en-US")} customers`;
  return { ...e, contribution: e.contribution - discount, note: e.note ? `${e.note}; ${note}` : note };
}

/**
 * Scores two standardized records as a match probability with the evidence
 * of each field, so a steward can see why a pair was proposed ("last name
 * close → +1.2, date of birth day/month swapped → +3.7"). A value missing on
 * either side adds nothing: absence is not disagreement.
 */
export function scorePair(left: CustomerAttributes, right: CustomerAttributes, model: MatchModel = defaultModel, shared: SharedValues = {}): PairScore {
  const fields = compareRecords(left, right).map((c) => {
    const evidence: FieldEvidence = {
      attribute: c.field,
      left: c.left,
      right: c.right,
      similarity: c.similarity,
      level: c.level,
      contribution: levelWeight(model, c.field as Field, c.level),
      ...(c.note ? { note: c.note } : {}),
    };
    return c.level === "exact" ? withSharedValue(withValueFrequency(evidence, model), shared) : evidence;
  });
  const prior = priorLogOdds(model);
  const logOdds = prior + fields.reduce((sum, f) => sum + f.contribution, 0);
  return { score: 1 / (1 + Math.exp(-logOdds)), prior, modelVersion: model.version, fields };
}
