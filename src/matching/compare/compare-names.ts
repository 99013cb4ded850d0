import { matchNameOf } from "@/src/standardize/match-name";
import { legalFormOf } from "@/src/standardize/organizations";
import { nameContains } from "./name-containment";
import type { Comparison, Side } from "./level";
import { fuzzyTokenSimilarity } from "./fuzzy-tokens";
import { foldForMatching as fold } from "@/src/standardize/fold";
import { jaroWinkler } from "./jaro-winkler";
import { differsInside, isTransposition, typingEdits } from "./typing-edits";
import { areNicknames } from "./nicknames";

/** More keystrokes than a slip or a misread letter or two account for. */
const TYPO_EDITS = 2;

/** An organization's name is longer and mistyped more: a slip, a misread letter and a dropped punctuation mark. */
const ORGANIZATION_TYPO_EDITS = 3;

/**
 * One slip inside a name this long is a typo: a short name changes into
 * another with one letter ("Tom"/"Tim"), and so does a longer one at its
 * first letter ("Harry"/"Larry") or its ending ("Mario"/"Maria").
 */
const SLIP_LENGTH = 5;
/** Below this, two letters swapped can make another name ("Ian"/"Ina", "Amy"/"May"). */
const SWAP_LENGTH = 4;

/** One name written in full where the other has only some of its parts: "Anna Maria" and "Anna", "Fay-Kshlerin" and "Fay". */
const sharesNamePart = (a: string, b: string) => {
  const [x, y] = [a.split(" "), b.split(" ")];
  return x.every((w) => y.includes(w)) || y.every((w) => x.includes(w));
};

function nameLevel(field: string, a: string, b: string): Comparison {
  const fa = fold(a);
  const fb = fold(b);
  const similarity = jaroWinkler(fa, fb);
  if (fa === fb) return { field, level: "exact", left: a, right: b, similarity: 1 };
  if (field === "firstName" && areNicknames(fa, fb)) {
    return { field, level: "nickname", left: a, right: b, similarity, note: "nickname of the same name" };
  }
  if (field === "firstName" && (fa.length === 1 || fb.length === 1) && fa[0] === fb[0]) {
    return { field, level: "initial", left: a, right: b, similarity, note: "initial matches" };
  }
  if (similarity >= 0.94) return { field, level: "close", left: a, right: b, similarity };
  const edits = typingEdits(fa, fb);
  // Jaro-Winkler rewards a shared beginning, so it rates a slip early in a long name ("Lsurianne") below a different ending.
  if (edits === 1 && Math.min(fa.length, fb.length) >= SLIP_LENGTH && differsInside(fa, fb)) {
    return { field, level: "close", left: a, right: b, similarity, note: "one typing slip" };
  }
  if (fa.length >= SWAP_LENGTH && isTransposition(fa, fb)) return { field, level: "close", left: a, right: b, similarity, note: "two letters swapped" };
  const partOf = sharesNamePart(fa, fb);
  // Jaro-Winkler finds "Romane" and "Dominique" alike; no typing error turns one into the other, and a
  // household or a pair of twins differs in just that.
  if (field === "firstName" && edits > TYPO_EDITS && !partOf) {
    return { field, level: "different", left: a, right: b, similarity };
  }
  if (similarity >= 0.85) return { field, level: "similar", left: a, right: b, similarity };
  if (partOf) return { field, level: "similar", left: a, right: b, similarity, note: "one name is part of the other" };
  // Short names take a typo hard ("Tom"/"Tim"): a weak likeness is kept apart from names with nothing in common.
  if (field === "firstName" && similarity >= 0.7) return { field, level: "weak", left: a, right: b, similarity };
  return { field, level: "different", left: a, right: b, similarity };
}

const rank = (c: Comparison | null) => (c ? ["exact", "nickname", "initial", "close", "similar", "weak", "different"].indexOf(c.level) : 7);

/**
 * First and last names, compared straight and crossed: a record typed with
 * first and last name swapped still agrees, with a note saying so.
 */
export function comparePersonNames(left: Side, right: Side): Comparison[] {
  const pair = (lf?: string, ll?: string): Comparison[] => {
    const out: Comparison[] = [];
    if (lf && right.firstName) out.push(nameLevel("firstName", lf, right.firstName));
    if (ll && right.lastName) out.push(nameLevel("lastName", ll, right.lastName));
    return out;
  };
  const straight = pair(left.firstName, left.lastName);
  if (!left.firstName || !left.lastName || !right.firstName || !right.lastName) return straight;
  const crossed = pair(left.lastName, left.firstName);
  const cost = (cs: Comparison[]) => cs.reduce((s, c) => s + rank(c), 0);
  if (cost(crossed) + 2 >= cost(straight)) return straight;
  return crossed.map((c) => ({ ...c, note: "first and last name swapped" }));
}

/**
 * Organization names, compared on their match names (legal form dropped,
 * since systems spell "GmbH" every way or not at all) and on their words,
 * which often move around ("Acme Trading" / "Trading Acme"). The same name
 * under two different legal forms ("Medhurst Inc" / "Medhurst LLC") is two
 * companies of one group as often as one company: it gets its own level. A
 * name that is the other with words left out (the short form of a long
 * name, a site named without its parent's full name) gets its own too.
 */
export function compareOrganizations(left: Side, right: Side): Comparison | null {
  const a = left.organizationName;
  const b = right.organizationName;
  if (!a || !b) return null;
  const fa = matchNameOf({ organizationName: a }) ?? fold(a);
  const fb = matchNameOf({ organizationName: b }) ?? fold(b);
  const base = { field: "organizationName", left: a, right: b };
  if (fa === fb) {
    const [formA, formB] = [legalFormOf(a), legalFormOf(b)];
    if (formA && formB && formA !== formB) return { ...base, level: "otherLegalForm", similarity: 0.9, note: `another legal form (${formA} / ${formB})` };
    return { ...base, level: "exact", similarity: 1 };
  }
  const close = jaroWinkler(fa, fb);
  const tokens = fuzzyTokenSimilarity(fa, fb);
  const similarity = Math.max(close, tokens);
  // Jaro-Winkler rewards a long shared beginning, so two sites of one organization ("Greenwood Housing – Phillips
  // Branch" / "– Northeast") would read as one name mistyped; a typo is a few keystrokes, a site's name is words.
  if (close >= 0.92 && typingEdits(fa, fb) <= ORGANIZATION_TYPO_EDITS) return { ...base, level: "close", similarity };
  if (nameContains(fa, fb)) return { ...base, level: "contains", similarity, note: "one name is the other with words left out" };
  return { ...base, level: tokens >= 0.75 ? "tokens" : "different", similarity };
}
