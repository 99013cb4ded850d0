import { doubleMetaphone } from "double-metaphone";
import type { CustomerAttributes } from "../golden/attributes";
import { foldForMatching as fold } from "./standardize/fold";
import { isUsableEmail, matchNameOf } from "./standardize-record";

/** The indexed values candidate search looks a record up by; stored on each SourceRecord. */
export type BlockingKeys = {
  matchName: string | null;
  email: string | null;
  phone: string | null;
  nationalId: string | null;
  taxId: string | null;
  phoneticKey: string | null;
  birthKey: string | null;
};

/**
 * Several keys, any of which can bring a true duplicate into view: each
 * survives a different kind of error (a typo in the name keeps the email, a
 * new email keeps the name, a misspelt surname keeps its sound and the
 * birthday), so together they reach far more duplicates than any one.
 */
export function blockingKeysOf(a: CustomerAttributes): BlockingKeys {
  const surname = a.lastName ? fold(a.lastName).replace(/ /g, "") : "";
  const postal = a.postalCode ? fold(a.postalCode).replace(/ /g, "") : "";
  const initial = a.firstName ? fold(a.firstName).charAt(0) : "";
  return {
    matchName: matchNameOf(a),
    email: a.email && isUsableEmail(a.email) ? a.email : null,
    phone: a.phone && a.phone.replace(/\D/g, "").length >= 6 ? a.phone : null,
    nationalId: a.nationalId || null,
    taxId: a.taxId || null,
    phoneticKey: surname && postal ? `${doubleMetaphone(surname)[0]}|${postal}` : null,
    birthKey: a.dateOfBirth && initial ? `${a.dateOfBirth}|${initial}` : null,
  };
}
