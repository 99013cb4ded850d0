import type { Faker } from "@faker-js/faker";

/** Words of service-organization names with the abbreviations clerks and letterheads use for them; the first is the full form. */
export const abbreviations: string[][] = [
  ["Young Men's Christian Association", "YMCA", "Y"],
  ["Association", "Assn", "Assoc."],
  ["Center", "Ctr", "Centre"],
  ["Services", "Svcs", "Svc"],
  ["Society", "Soc."],
  ["Community", "Comm."],
  ["Department", "Dept", "Dept."],
  ["Saint", "St."],
  ["Academy", "Acad."],
  ["Medical", "Med."],
  ["Foundation", "Fdn"],
  ["Incorporated", "Inc", "Inc."],
  ["Greater", "Gtr"],
];

const stems = ["Riverside", "Lakeview", "Hope", "Unity", "Harbor", "Cedar", "Summit", "Bridgeway", "Pathways", "New Horizons", "Open Door", "Good Shepherd", "Saint Vincent", "Heritage", "Northside", "Valley", "Greenwood", "Lighthouse", "Crossroads", "Oak Grove"];

const kinds = [
  "YMCA",
  "Community Services",
  "Family Center",
  "Health Center",
  "Services Society",
  "Boys and Girls Club",
  "Food Bank",
  "Senior Center",
  "Housing Association",
  "Counseling Services",
  "Learning Academy",
  "Medical Group",
  "Arts Foundation",
  "Legal Aid Society",
  "Child Care Center",
];

/** What a site is called after the organization: its neighbourhood, its street, or a plain branch name. */
export function siteLabel(f: Faker, neighbourhood: string, street: string): string {
  const streetName = street.split(" ").find((w) => w.length > 2 && !/^(North|South|East|West)$/.test(w)) ?? street;
  return f.helpers.weightedArrayElement([
    { value: neighbourhood, weight: 5 },
    { value: `${streetName} ${f.helpers.arrayElement(["Center", "Centre", "Campus", "House"])}`, weight: 3 },
    { value: `${neighbourhood} Branch`, weight: 2 },
  ]);
}

/**
 * A service organization's name as its charter gives it: a stem everyone
 * uses, what it does, often the metro area it serves and sometimes "Inc".
 * Half the stems are surnames, so unrelated organizations rarely share one.
 */
export function organizationName(f: Faker, city: string): string {
  const stem = f.datatype.boolean() ? f.helpers.arrayElement(stems) : f.person.lastName();
  const area = f.helpers.weightedArrayElement([
    { value: "", weight: 6 },
    { value: ` of ${city}`, weight: 2 },
    { value: ` of Greater ${city}`, weight: 2 },
  ]);
  const form = f.datatype.boolean({ probability: 0.25 }) ? " Inc" : "";
  return `${stem} ${f.helpers.arrayElement(kinds)}${area}${form}`;
}

/** The separator between an organization's name and its site: "Riverside YMCA – Elmwood". */
export const siteSeparator = " – ";
