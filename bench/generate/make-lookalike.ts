import type { Faker } from "@faker-js/faker";
import type { AttributeName, CustomerAttributes } from "@/src/golden/attributes";
import { legalFormsOf, splitLegalForm } from "./legal-forms";
import { makeOrganization } from "./make-organization";
import { emailFor, makePerson } from "./make-person";
import type { TrueEntity } from "./types";

/** Who shares what with someone else in a real customer base, roughly as often as each happens. */
const personRelations = [
  { value: "household", weight: 55 },
  { value: "namesake", weight: 25 },
  { value: "parent-child", weight: 12 },
  { value: "twin", weight: 8 },
] as const;

const addressFields: AttributeName[] = ["street", "houseNumber", "addressLine2", "city", "region", "postalCode"];

const pick = (a: CustomerAttributes, names: AttributeName[]) => Object.fromEntries(names.filter((n) => a[n]).map((n) => [n, a[n]]));
const defined = (a: CustomerAttributes) => Object.fromEntries(Object.entries(a).filter(([, v]) => v !== undefined)) as CustomerAttributes;

/** Another person's own mailbox: two people never share an address unless they chose to. */
function ownEmail(f: Faker, base: TrueEntity, firstName: string, lastName: string): string {
  const email = emailFor(f, base.country, firstName, lastName);
  return email === base.attributes.email ? email.replace("@", `${f.number.int({ min: 2, max: 99 })}@`) : email;
}

function shiftedBirth(f: Faker, dateOfBirth: string): string {
  const year = Number(dateOfBirth.slice(0, 4));
  const gap = f.number.int({ min: 20, max: 35 });
  return `${year > 1975 ? year - gap : Math.min(year + gap, 2006)}${dateOfBirth.slice(4)}`;
}

function relative(f: Faker, base: TrueEntity, relation: (typeof personRelations)[number]["value"], makeFresh?: () => CustomerAttributes): CustomerAttributes {
  const b = base.attributes;
  const fresh = makeFresh?.() ?? makePerson(f, base.country);
  const sameHome = { ...pick(b, addressFields), ...(b.phone && f.datatype.boolean() ? { phone: b.phone } : {}) };
  const person: CustomerAttributes =
    relation === "household"
      ? { ...fresh, lastName: b.lastName, ...sameHome }
      : relation === "namesake"
        ? { ...fresh, firstName: b.firstName, lastName: b.lastName, ...(f.datatype.boolean({ probability: 0.3 }) ? pick(b, ["city", "region", "postalCode"]) : {}) }
        : relation === "parent-child"
          ? { ...fresh, firstName: b.firstName, lastName: b.lastName, ...sameHome, dateOfBirth: b.dateOfBirth ? shiftedBirth(f, b.dateOfBirth) : fresh.dateOfBirth }
          : { ...fresh, lastName: b.lastName, dateOfBirth: b.dateOfBirth ?? fresh.dateOfBirth, ...sameHome };
  const shared = relation === "household" && b.email && f.datatype.boolean({ probability: 0.15 });
  const email = shared ? b.email : fresh.email && ownEmail(f, base, person.firstName ?? "", person.lastName ?? "");
  return defined({ ...person, email });
}

function sisterCompany(f: Faker, base: TrueEntity): CustomerAttributes {
  const b = base.attributes;
  const split = splitLegalForm(b.organizationName ?? "");
  const name = split?.base ?? b.organizationName ?? "";
  const form = f.helpers.arrayElement(legalFormsOf(base.country));
  const organizationName = f.helpers.arrayElement([
    `${name} ${f.helpers.arrayElement(legalFormsOf(base.country).filter((x) => x !== split?.spelling))}`,
    `${name} ${f.location.city()} ${form}`,
    `${name} ${f.helpers.arrayElement(["Holding", "Services", "International", "Logistics", "Group"])} ${form}`,
  ]);
  const fresh = makeOrganization(f, base.country);
  const sameBuilding = f.datatype.boolean() ? pick(b, addressFields) : {};
  const mailbox = b.email && fresh.email && f.datatype.boolean() ? { email: `${f.helpers.arrayElement(["billing", "hr", "purchasing"])}@${b.email.split("@")[1]}` } : {};
  return defined({ ...fresh, organizationName, ...sameBuilding, ...mailbox });
}

/**
 * A different customer who resembles an earlier one: a spouse or child at
 * the same address, a namesake, a parent with the same name, a twin, a sister
 * company. Without them every pair that looks alike is a duplicate, and
 * precision measures nothing. `makeFresh` builds the relative's own details
 * where a data shape builds its people another way (US addresses, SSNs).
 */
export function makeLookalike(f: Faker, base: TrueEntity, makeFresh?: () => CustomerAttributes): { attributes: CustomerAttributes; relation: string } {
  if (base.kind === "organization") return { attributes: sisterCompany(f, base), relation: "sister-company" };
  const relation = f.helpers.weightedArrayElement([...personRelations]);
  return { attributes: relative(f, base, relation, makeFresh), relation };
}
