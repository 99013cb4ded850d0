import type { Faker } from "@faker-js/faker";
import type { CustomerAttributes } from "@/src/golden/attributes";
import { companyTaxIdFor } from "./identifiers";
import { organizationName, siteLabel, siteSeparator } from "./organization-names";
import { mailLocalPart } from "./text-errors";
import { somePlace, usAddress } from "./us-addresses";
import { usPhoneIn } from "./us-places";
import { zipfCount } from "./zipf";

const defined = (a: CustomerAttributes) => Object.fromEntries(Object.entries(a).filter(([, v]) => v !== undefined)) as CustomerAttributes;

/** A label no other site of the organization has, so two sites never carry one name. */
function freshLabel(f: Faker, taken: Set<string>, neighbourhoods: string[], street: string): string {
  let label = siteLabel(f, f.helpers.arrayElement(neighbourhoods), street);
  for (let tries = 1; taken.has(label) && tries < 5; tries++) label = siteLabel(f, f.helpers.arrayElement(neighbourhoods), street);
  if (taken.has(label)) label = `Site ${taken.size + 1}`;
  taken.add(label);
  return label;
}

/**
 * A US organization and the sites it runs programs at: the head office
 * first, then each site under the organization's name with a site suffix, at
 * its own street address in the same metro area. Sites are customers of
 * their own, yet most answer the head office's phone, many invoice under its
 * EIN and some share its mailbox: the hard negatives of an organization list.
 */
export function makeSites(f: Faker): CustomerAttributes[] {
  const place = somePlace(f);
  const name = organizationName(f, place.city);
  const domain = `${mailLocalPart(name.split(" ").slice(0, 2).join("")) || "org"}.org`;
  const head = defined({
    organizationName: name,
    taxId: f.datatype.boolean({ probability: 0.8 }) ? companyTaxIdFor(f, "US") : undefined,
    email: f.datatype.boolean({ probability: 0.7 }) ? `${f.helpers.arrayElement(["info", "contact", "office", "admin"])}@${domain}` : undefined,
    phone: f.datatype.boolean({ probability: 0.95 }) ? usPhoneIn(f, place) : undefined,
    ...usAddress(f, place, "office"),
    country: "US",
  });
  const siteName = name.replace(/ Inc$/, "");
  const taken = new Set<string>();
  const sites = Array.from({ length: zipfCount(f, 12, 1.5) - 1 }, () => {
    const address = usAddress(f, place, "office");
    const label = freshLabel(f, taken, place.neighbourhoods, address.street ?? "");
    const mailbox = f.helpers.weightedArrayElement([
      { value: head.email, weight: 35 },
      { value: `${mailLocalPart(label) || "site"}@${domain}`, weight: 35 },
      { value: undefined, weight: 30 },
    ]);
    return defined({
      organizationName: `${siteName}${siteSeparator}${label}`,
      taxId: f.datatype.boolean({ probability: 0.4 }) ? head.taxId : undefined,
      email: mailbox,
      phone: f.datatype.boolean({ probability: 0.7 }) ? head.phone : usPhoneIn(f, place),
      ...address,
      country: "US",
    });
  });
  return [head, ...sites];
}
