import { distance } from "fastest-levenshtein";
import type { AttributeName, CustomerAttributes } from "../golden/attributes";
import { matchNameOf } from "./standardize-record";

export type FieldEvidence = {
  attribute: string;
  left: string | null;
  right: string | null;
  similarity: number;
  contribution: number;
  note?: string;
};

export type PairScore = { score: number; fields: FieldEvidence[] };

/** Log-odds that two records are one customer before any evidence: duplicates are rare. */
export const PRIOR_LOG_ODDS = -5;

/** Exact-agreement fields: weight when equal, weight when both present and different. */
const exactFields: [AttributeName, number, number][] = [
  ["email", 6, -2],
  ["phone", 4, -1],
  ["dateOfBirth", 4, -3],
  ["nationalId", 7, -4],
  ["taxId", 7, -4],
  ["postalCode", 2, -1],
  ["city", 1, -0.5],
];

function ratio(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 1 : 1 - distance(a, b) / longest;
}

function nameEvidence(left: CustomerAttributes, right: CustomerAttributes): FieldEvidence | null {
  const a = matchNameOf(left);
  const b = matchNameOf(right);
  if (!a || !b) return null;
  const straight = ratio(a, b);
  const swapped = ratio(a.split(" ").sort().join(" "), b.split(" ").sort().join(" "));
  const similarity = Math.max(straight, swapped);
  const contribution = similarity >= 0.92 ? 5 : similarity >= 0.8 ? 3 : similarity >= 0.65 ? 1 : -4;
  const note = swapped > straight ? "name words in another order" : undefined;
  return { attribute: "name", left: a, right: b, similarity, contribution, ...(note ? { note } : {}) };
}

/**
 * Scores two standardized records as a match probability with the evidence
 * of each field, so a steward can see why a pair was proposed. A missing value
 * on either side is neutral: absence is not disagreement.
 */
export function scorePair(left: CustomerAttributes, right: CustomerAttributes): PairScore {
  const fields: FieldEvidence[] = [];
  const name = nameEvidence(left, right);
  if (name) fields.push(name);
  for (const [attribute, agree, disagree] of exactFields) {
    const a = left[attribute];
    const b = right[attribute];
    if (!a || !b) continue;
    const same = a.toLowerCase() === b.toLowerCase();
    fields.push({ attribute, left: a, right: b, similarity: same ? 1 : 0, contribution: same ? agree : disagree });
  }
  const logOdds = PRIOR_LOG_ODDS + fields.reduce((sum, f) => sum + f.contribution, 0);
  return { score: 1 / (1 + Math.exp(-logOdds)), fields };
}
