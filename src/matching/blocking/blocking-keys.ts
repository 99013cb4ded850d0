import { doubleMetaphone } from "double-metaphone";
import type { CustomerAttributes } from "@/src/golden/attributes";
import { personalMailboxOf } from "@/src/standardize/emails";
import { foldForMatching as fold } from "@/src/standardize/fold";
import { namesOf } from "@/src/standardize/match-name";
import { organizationMatchName } from "@/src/standardize/organizations";
import { isUsableEmail } from "@/src/standardize/emails";

const compact = (s: string) => fold(s).replace(/ /g, "");

/** The word a name is said by: a person's surname, else an organization's first word ("Franey" of "Franey & Hand Corp."). */
function soundingWord(a: CustomerAttributes): string {
  if (a.lastName) return compact(a.lastName);
  const organization = a.organizationName ? organizationMatchName(a.organizationName) : null;
  return organization ? organization.split(" ")[0] : "";
}

/**
 * The sound of a whole name, word order ignored: "Jon Smyth", "Smith John"
 * and "John Smith" share it wherever they live. A one-word name says too
 * little to be a key of its own (every "Smith"), so it gets none.
 */
function nameSoundOf(matchName: string | null): string | null {
  const codes = (matchName ?? "")
    .split(" ")
    .map((word) => (word ? doubleMetaphone(word)[0] : ""))
    .filter(Boolean);
  return codes.length >= 2 ? codes.sort().join(" ") : null;
}

/** What several keys are made of, worked out once per record rather than once per key. */
type KeyParts = {
  a: CustomerAttributes;
  sound: string;
  postal: string;
  initial: string;
  house: string;
  matchName: string | null;
  searchName: string | null;
};

function partsOf(a: CustomerAttributes): KeyParts {
  // Double Metaphone has no code for digits or other scripts: "Иван" and "7-Eleven" would share an empty one.
  const word = soundingWord(a);
  const { matchName, searchName } = namesOf(a);
  return {
    a,
    sound: word ? doubleMetaphone(word)[0] : "",
    postal: a.postalCode ? compact(a.postalCode) : "",
    initial: a.firstName ? fold(a.firstName).charAt(0) : "",
    // "-" or "s/n" is no number: keyed by it, a whole postcode would share one home.
    house: a.houseNumber && /\d/.test(a.houseNumber) ? compact(a.houseNumber) : "",
    matchName,
    searchName,
  };
}

/**
 * How a key is looked up. `exact`: equality on its own btree-indexed
 * SourceRecord column, capped per key. `trigram`: the name search, nearest
 * first over the GIN-indexed SourceRecordName copy; that table holds one
 * name per record, so there is exactly one such key.
 */
type KeyIndex = "exact" | "trigram";

type KeyDeclaration = { index: KeyIndex; of: (p: KeyParts) => string | null };

const exact = (of: KeyDeclaration["of"]) => ({ index: "exact" as const, of });
const trigram = (of: KeyDeclaration["of"]) => ({ index: "trigram" as const, of });

/**
 * Every blocking key, by SourceRecord column: the one list ingest's writes,
 * the candidate lookup, in-memory blocking and rekey are all derived from,
 * so a key cannot be stored by one and forgotten by another. A new key is a
 * line here plus a migration adding its column and index.
 *
 * Several keys, any of which can bring a true duplicate into view: each
 * survives a different kind of error, so together they reach far more
 * duplicates than any one.
 */
const declarations = {
  // A typo in the name keeps the email.
  email: exact(({ a }) => (a.email && isUsableEmail(a.email) ? a.email : null)),
  // A new email keeps the phone; fewer than six digits is an extension or a placeholder, shared by strangers.
  phone: exact(({ a }) => (a.phone && a.phone.replace(/\D/g, "").length >= 6 ? a.phone : null)),
  // Identifiers outlive every change of name, address and contact.
  nationalId: exact(({ a }) => a.nationalId || null),
  taxId: exact(({ a }) => a.taxId || null),
  // A misspelt surname ("Meyer"/"Maier") keeps its sound in one town.
  phoneticKey: exact(({ sound, postal }) => (sound && postal ? `${sound}|${postal}` : null)),
  // A renamed or mistyped surname keeps the birthday.
  birthKey: exact(({ a, initial }) => (a.dateOfBirth && initial ? `${a.dateOfBirth}|${initial}` : null)),
  // A new provider keeps the mailbox name.
  mailboxKey: exact(({ a }) => personalMailboxOf(a.email)),
  // Swapped or abbreviated names keep the birthday and the home.
  homeBirthKey: exact(({ a, postal }) => (a.dateOfBirth && postal ? `${a.dateOfBirth}|${postal}` : null)),
  // A moved customer with a new email keeps the sound of the name.
  nameSoundKey: exact(({ matchName }) => nameSoundOf(matchName)),
  // A misspelt name without email, phone or birthday keeps the home.
  addressKey: exact(({ postal, house }) => (postal && house ? `${postal}|${house}` : null)),
  // A name spelt a little differently is still near.
  searchName: trigram(({ searchName }) => searchName),
} satisfies Record<string, KeyDeclaration>;

type Declared = typeof declarations;

/** A SourceRecord column holding a blocking key; typed from the declaration so a misspelt key does not compile. */
export type KeyColumn = keyof Declared;

export type ExactKey = { [K in KeyColumn]: Declared[K]["index"] extends "exact" ? K : never }[KeyColumn];

export type NameKey = Exclude<KeyColumn, ExactKey>;

/** The indexed values candidate search looks a record up by; stored on each SourceRecord. */
export type BlockingKeys = Record<KeyColumn, string | null>;

/** Every key column: a SourceRecord write must set all of them, or a record would be missed by the key it lacks. */
export const keyColumns = Object.keys(declarations) as readonly KeyColumn[];

/** The keys looked up by equality, each through its own index and under its own cap. */
export const exactKeys: readonly ExactKey[] = keyColumns.filter((k): k is ExactKey => declarations[k].index === "exact");

const nameKeys = keyColumns.filter((k): k is NameKey => declarations[k].index === "trigram");
if (nameKeys.length !== 1) throw new Error(`blocking needs exactly one trigram-searched name key, not ${nameKeys.length}: SourceRecordName holds one name per record`);

/** The key the trigram name search runs on, mirrored into the narrow SourceRecordName table: rechecking matches there, not on wide SourceRecord rows, keeps the lookup fast. */
export const nameKey: NameKey = nameKeys[0];

// Paired once, so computing a record's keys is a plain loop on the ingest path.
const computations = keyColumns.map((column) => [column, declarations[column].of] as const);

/** A record's blocking keys, from its standardized attributes: derived data, so rekey can recompute them whenever the declaration changes. */
export function blockingKeysOf(a: CustomerAttributes): BlockingKeys {
  const parts = partsOf(a);
  const keys = {} as BlockingKeys;
  for (const [column, of] of computations) keys[column] = of(parts);
  return keys;
}

/** Just the key columns of a record that carries more, so a SourceRecord row lists every key without naming one. */
export function keyValuesOf(record: BlockingKeys): BlockingKeys {
  const keys = {} as BlockingKeys;
  for (const column of keyColumns) keys[column] = record[column];
  return keys;
}
