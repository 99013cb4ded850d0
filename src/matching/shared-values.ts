import type { CustomerAttributes } from "@/src/golden/attributes";
import type { Candidate } from "@/src/matching/blocking/find-candidates";
import { foldForMatching as fold } from "@/src/standardize/fold";

/** The contact fields one value of which many customers can share: a head office's switchboard, a family mailbox, a hotel's address. */
export const sharedFields = ["phone", "email", "address"] as const;

export type SharedField = (typeof sharedFields)[number];

/** How many different customers (golden records) among the candidates hold the incoming record's value of each field. */
export type SharedValues = Partial<Record<SharedField, number>>;

/** The one door an address names: street, number and postcode, as comparison folds them; null without a street and number. */
function doorOf(a: CustomerAttributes): string | null {
  if (!a.street || !a.houseNumber) return null;
  return [fold(a.street), fold(a.houseNumber), fold(a.postalCode ?? "")].join("|");
}

const valueOf = (field: SharedField, a: CustomerAttributes): string | null => (field === "address" ? doorOf(a) : (a[field] ?? null));

/**
 * Counts, per contact field, the customers among the candidates that share
 * the incoming record's exact value. Blocking fetches everyone holding the
 * phone or email (up to its cap), so the candidates are the value's holders
 * the hub knows: a value two customers hold says less than one only one does.
 */
export function countSharedValues(incoming: CustomerAttributes, candidates: readonly Candidate[]): SharedValues {
  const out: SharedValues = {};
  for (const field of sharedFields) {
    const value = valueOf(field, incoming);
    if (!value) continue;
    const holders = new Set(candidates.filter((c) => valueOf(field, c.standardized) === value).map((c) => c.goldenRecordId));
    if (holders.size > 1) out[field] = holders.size;
  }
  return out;
}
