import { faker } from "@faker-js/faker";
import type { CustomerAttributes } from "@/src/golden/attributes";

const nicknames: Record<string, string> = {
  Alexander: "Alex", Andrew: "Andy", Anthony: "Tony", Benjamin: "Ben", Christopher: "Chris", Daniel: "Dan", Edward: "Ed",
  Elizabeth: "Liz", James: "Jim", Jennifer: "Jen", Jonathan: "Jon", Joseph: "Joe", Katherine: "Kate", Margaret: "Peggy",
  Matthew: "Matt", Michael: "Mike", Nicholas: "Nick", Patricia: "Pat", Richard: "Rick", Robert: "Bob", Samuel: "Sam",
  Susan: "Sue", Thomas: "Tom", William: "Bill",
};

/** Swaps two neighbouring letters: the commonest typing error. */
function typo(s: string): string {
  if (s.length < 4) return s;
  const i = faker.number.int({ min: 1, max: s.length - 2 });
  return s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2);
}

/** What a customer gives as a first name on the phone: the nickname, where there is a usual one. */
const nickname = (first = "") => nicknames[first] ?? first;

/** A US number as people write it at home, "(555) 123-4567", rather than the CRM's "+15551234567". */
const localPhone = (phone = "") => phone.replace(/^\+1(\d{3})(\d{3})(\d{4})$/, "($1) $2-$3");

/** The customer's new home, as the second system learnt it after a move. */
const moved = (): CustomerAttributes => ({
  street: faker.location.street(),
  houseNumber: faker.location.buildingNumber(),
  city: faker.location.city(),
  postalCode: faker.location.zipCode("#####"),
});

/** A work address instead of the private one the first system kept. */
const workEmail = (p: CustomerAttributes) => `${(p.firstName ?? "x").slice(0, 1)}${p.lastName ?? ""}@${faker.internet.domainName()}`.toLowerCase();

/**
 * The data-entry slips that make two records of one customer look alike but
 * not alike enough to merge unseen: the review band stewards work in. Each
 * variant combines the slips a second system typing a customer again by
 * hand makes, weighed so the evidence for and against roughly balances.
 */
const variants: ((p: CustomerAttributes) => CustomerAttributes)[] = [
  (p) => ({ ...p, lastName: typo(p.lastName ?? ""), email: workEmail(p), phone: undefined, dateOfBirth: undefined }),
  (p) => ({ ...p, email: workEmail(p), phone: faker.phone.number({ style: "national" }), dateOfBirth: undefined }),
  (p) => ({ ...p, lastName: typo(p.lastName ?? ""), ...moved(), email: undefined, phone: undefined }),
  (p) => ({ ...p, firstName: nickname(p.firstName), email: workEmail(p), phone: faker.phone.number({ style: "national" }), dateOfBirth: undefined }),
  (p) => ({ ...p, ...moved(), phone: faker.phone.number({ style: "national" }), email: undefined }),
  (p) => ({ ...p, lastName: faker.person.lastName(), email: workEmail(p), phone: undefined }),
  (p) => ({ ...p, firstName: `${(p.firstName ?? "").slice(0, 1)}.`, email: workEmail(p), phone: undefined, dateOfBirth: undefined }),
  (p) => ({ ...p, firstName: `${(p.firstName ?? "").slice(0, 1)}.`, lastName: typo(p.lastName ?? ""), ...moved(), email: workEmail(p), phone: localPhone(p.phone), dateOfBirth: undefined }),
];

/** The `k`-th kind of near-duplicate of a customer, cycling through the variants. */
export function nearDuplicate(p: CustomerAttributes, k: number): CustomerAttributes {
  return variants[k % variants.length](p);
}
