import type { Faker } from "@faker-js/faker";
import type { CustomerAttributes } from "@/src/golden/attributes";
import { corruptions } from "./corrupt-record";
import type { Corruption } from "./corruption";
import { foreignValueCorruptions } from "./foreign-values";
import { identifierCorruptions } from "./identifier-corruptions";
import { countries, countryWeights, type Country } from "./locales";
import { makeOrganization } from "./make-organization";
import { makePerson } from "./make-person";
import { makeSites } from "./make-sites";
import { makeUsPerson } from "./make-us-person";
import { organizationNameCorruptions } from "./organization-name-corruptions";
import type { Shape } from "./shapes";
import type { SourceKey } from "./types";
import { usAddressCorruptions } from "./us-address-corruptions";
import { zipfCount } from "./zipf";

/** One customer before it has an id: a person, an organization's head office, or one of its sites. */
export type Draft = { kind: "person" | "organization"; country: Country; attributes: CustomerAttributes; siteOf?: number };

/** How one data shape builds its customers, spreads their records over sources, and corrupts the copies. */
export type ShapePlan = {
  /** the next customers; an organization comes with its sites, each pointing at the head office by its index in the list */
  drafts: (control: Faker, f: (country: Country) => Faker) => Draft[];
  /** which source holds each record of one customer, the first record being the clean one */
  sources: (control: Faker) => SourceKey[];
  corruptions: readonly Corruption[];
  /** whether persons get relatives, namesakes and twins built from earlier ones */
  lookalikes: boolean;
};

/** Real person lists in these shapes are mostly US; the rest keep the mixed population's split. */
const US_SHARE = 0.7;

const otherCountries = countries.filter((c) => c !== "US").map((c) => ({ value: c, weight: countryWeights[c] }));

function personCountry(control: Faker): Country {
  return control.datatype.boolean({ probability: US_SHARE }) ? "US" : control.helpers.weightedArrayElement(otherCountries);
}

function person(control: Faker, f: (country: Country) => Faker): Draft[] {
  const country = personCountry(control);
  return [{ kind: "person", country, attributes: country === "US" ? makeUsPerson(f(country)) : makePerson(f(country), country) }];
}

const personCorruptions = [...corruptions, ...usAddressCorruptions, ...identifierCorruptions, ...foreignValueCorruptions];

/** Customers known to a CRM, an ERP or both; a few held twice in one of them. */
const linkage = [
  { value: ["crm", "erp"] as SourceKey[], weight: 45 },
  { value: ["crm"] as SourceKey[], weight: 30 },
  { value: ["erp"] as SourceKey[], weight: 25 },
];

export const shapePlans: Record<Exclude<Shape, "mixed">, ShapePlan> = {
  "two-source": {
    drafts: person,
    sources: (control) => {
      const where = control.helpers.weightedArrayElement(linkage);
      return control.datatype.boolean({ probability: 0.04 }) ? [...where, control.helpers.arrayElement(where)] : where;
    },
    corruptions: personCorruptions,
    lookalikes: true,
  },
  "one-source": {
    drafts: person,
    sources: (control) => Array.from({ length: zipfCount(control, 5, 2) }, () => "csv"),
    corruptions: personCorruptions,
    lookalikes: true,
  },
  organizations: {
    drafts: (control, f) => {
      if (control.datatype.boolean({ probability: 0.1 })) {
        const country = control.helpers.weightedArrayElement(otherCountries);
        return [{ kind: "organization", country, attributes: makeOrganization(f(country), country) }];
      }
      return makeSites(f("US")).map((attributes, i) => ({ kind: "organization", country: "US", attributes, ...(i > 0 ? { siteOf: 0 } : {}) }));
    },
    sources: (control) => Array.from({ length: zipfCount(control, 4, 2) }, () => control.helpers.weightedArrayElement([{ value: "crm", weight: 60 }, { value: "csv", weight: 40 }])),
    corruptions: [...corruptions, ...usAddressCorruptions, ...identifierCorruptions, ...organizationNameCorruptions, ...foreignValueCorruptions],
    lookalikes: false,
  },
};
