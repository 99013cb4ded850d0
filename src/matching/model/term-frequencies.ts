import { foldForMatching as fold } from "@/src/standardize/fold";
import { organizationMatchName } from "@/src/standardize/organizations";

/** The fields whose exact agreement is worth more for a rare value than for a common one. */
export const frequencyFields = ["firstName", "lastName", "organizationName"] as const;

export type FrequencyField = (typeof frequencyFields)[number];

/** How common the values of one field are among the stored records, as a model version remembers them. */
export type ValueFrequencies = {
  /** records that had the field */
  records: number;
  /** the chance two such records picked at random share their value: the sum of every value's squared share */
  agreement: number;
  /** records per value, for the most common values */
  counts: Record<string, number>;
  /** the count assumed for a value not listed: no more common than the least common one listed */
  unlisted: number;
};

export type TermFrequencies = Partial<Record<FrequencyField, ValueFrequencies>>;

/** The value as the comparators decide exact agreement on it. */
export function frequencyKey(field: FrequencyField, value: string): string {
  return field === "organizationName" ? (organizationMatchName(value) ?? fold(value)) : fold(value);
}

/** Most common values kept per field: enough to cover the names that make up much of a customer base, small enough to load with the model. */
const KEPT = 2000;

/** Counts the values of the frequency fields over many records, one record at a time. */
export class FrequencyCounter {
  private readonly counts = new Map<FrequencyField, Map<string, number>>(frequencyFields.map((f) => [f, new Map()]));

  add(a: Partial<Record<FrequencyField, string | null>>): void {
    for (const field of frequencyFields) {
      const value = a[field];
      if (!value) continue;
      const key = frequencyKey(field, value);
      if (!key) continue;
      const counts = this.counts.get(field)!;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }

  result(kept = KEPT): TermFrequencies {
    const out: TermFrequencies = {};
    for (const [field, counts] of this.counts) {
      if (!counts.size) continue;
      const all = [...counts.values()];
      const records = all.reduce((a, b) => a + b, 0);
      const agreement = all.reduce((sum, c) => sum + (c / records) ** 2, 0);
      const common = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, kept);
      const listed = common.length < counts.size;
      out[field] = { records, agreement, counts: Object.fromEntries(common), unlisted: listed ? common[common.length - 1][1] : 1 };
    }
    return out;
  }
}

/**
 * Term-frequency adjustment (as in Splink): agreeing on a value is strong
 * evidence when few customers carry it and weak when many do ("Smith" vs
 * "Wojciechowski"). The level's weight assumes a value of typical
 * frequency; this adds ln(typical share / this value's share), bounded so
 * one name never outweighs the rest of the record.
 */
export function frequencyAdjustment(f: ValueFrequencies, key: string): { weight: number; share: number } {
  const share = (f.counts[key] ?? f.unlisted) / f.records;
  const weight = Math.log(f.agreement / share);
  return { weight: Math.max(-MAX_ADJUSTMENT, Math.min(MAX_ADJUSTMENT, weight)), share };
}

/** A share read off a handful of records is too noisy to count for more than twenty times the typical one, either way. */
export const MAX_ADJUSTMENT = Math.log(20);
