import { distance } from "fastest-levenshtein";
import { personalMailboxOf } from "@/src/standardize/emails";
import type { Comparison } from "./level";
import { jaroWinkler } from "./jaro-winkler";
import { isTransposition } from "./typing-edits";

/** Emails: the same mailbox at another provider still points at the same person. */
export function compareEmails(rawA: string | undefined, rawB: string | undefined): Comparison | null {
  if (!rawA || !rawB) return null;
  const base = { field: "email", left: rawA, right: rawB };
  const a = rawA.trim().toLowerCase();
  const b = rawB.trim().toLowerCase();
  if (a === b) return { ...base, level: "exact", similarity: 1 };
  const mailbox = personalMailboxOf(a);
  if (mailbox !== null && mailbox === personalMailboxOf(b)) return { ...base, level: "sameLocalPart", similarity: 0.9, note: "same mailbox name, other domain" };
  const similarity = jaroWinkler(a, b);
  return { ...base, level: similarity >= 0.93 ? "similar" : "different", similarity };
}

const digits = (s: string) => s.replace(/\D/g, "");

/**
 * Phones: equal as E.164, the same subscriber number written with and
 * without its country or area prefix, or one digit mistyped (wrong, missing,
 * extra or two swapped), the commonest slip when a number is keyed in.
 */
export function comparePhones(a: string | undefined, b: string | undefined): Comparison | null {
  if (!a || !b) return null;
  const base = { field: "phone", left: a, right: b };
  const da = digits(a);
  const db = digits(b);
  // "n/a" and "unknown" typed into a phone field share no number: as good as missing.
  if (!da || !db) return null;
  if (da === db) return { ...base, level: "exact", similarity: 1 };
  if (da.length >= 7 && db.length >= 7 && da.slice(-7) === db.slice(-7)) {
    return { ...base, level: "sameSubscriber", similarity: 0.8, note: "same number, other prefix" };
  }
  if (da.length >= 7 && db.length >= 7 && (distance(da, db) === 1 || isTransposition(da, db))) {
    return { ...base, level: "oneDigit", similarity: 0.7, note: "one digit mistyped" };
  }
  return { ...base, level: "different", similarity: 0 };
}
