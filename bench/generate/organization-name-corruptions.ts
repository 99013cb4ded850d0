import type { Faker } from "@faker-js/faker";
import { rewrite, type Corruption } from "./corruption";
import { abbreviations, siteSeparator } from "./organization-names";

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** One word or phrase of the name written in another of its spellings: "Center" → "Ctr", "YMCA" → "Y". */
function abbreviate(f: Faker, name: string): string | null {
  const found = abbreviations.flatMap((spellings) =>
    spellings.flatMap((spelling) => (new RegExp(`(?<![\\w'])${escape(spelling)}(?![\\w'])`).test(name) ? [{ spelling, spellings }] : [])),
  );
  if (!found.length) return null;
  const { spelling, spellings } = f.helpers.arrayElement(found);
  const other = f.helpers.arrayElement(spellings.filter((s) => s !== spelling));
  return name.replace(new RegExp(`(?<![\\w'])${escape(spelling)}(?![\\w'])`), other);
}

/** "Boys and Girls Club" ↔ "Boys & Girls Club". */
function ampersand(name: string): string | null {
  if (name.includes(" and ")) return name.replace(" and ", " & ");
  return name.includes(" & ") ? name.replace(" & ", " and ") : null;
}

/** The metro area the charter names, left out by everyone who knows where they are: "… of Greater Chicago" → "…". */
function dropArea(name: string): string | null {
  const [head, ...site] = name.split(siteSeparator);
  const shorter = head.replace(/ of (Greater |Gtr )?[A-Z][\w.]*(?: (?!Inc\.?$)[A-Z][\w.]*)*(?= Inc\.?$|$)/, "");
  return shorter === head ? null : [shorter, ...site].join(siteSeparator);
}

/** The site written after the organization some other way: a hyphen, a space, brackets, a comma, "Site" added. */
function siteForm(f: Faker, name: string): string | null {
  const [head, ...rest] = name.split(siteSeparator);
  const site = rest.join(siteSeparator);
  if (!site) return null;
  return f.helpers.arrayElement([`${head} - ${site}`, `${head} ${site}`, `${head} (${site})`, `${head}, ${site}`, `${head} ${site} Site`, `${head} at ${site}`]);
}

const programs = ["Youth Programs", "Aquatics Dept", "Early Learning Program", "Adult Day Program", "Dept of Family Services", "Food Pantry", "After School Program", "Outpatient Clinic"];

/**
 * How an organization's name drifts between lists: abbreviations, "&" for
 * "and", the metro area dropped, the site suffix written another way, and a
 * program or department named after the site it runs at (the same customer).
 */
export const organizationNameCorruptions: Corruption[] = [
  { kind: "org:abbreviation", weight: 10, apply: (a, { f }) => rewrite(a, "organizationName", (v) => abbreviate(f, v)) },
  { kind: "org:ampersand", weight: 3, apply: (a) => rewrite(a, "organizationName", ampersand) },
  { kind: "org:area-dropped", weight: 5, apply: (a) => rewrite(a, "organizationName", dropArea) },
  { kind: "org:site-form", weight: 8, apply: (a, { f }) => rewrite(a, "organizationName", (v) => siteForm(f, v)) },
  {
    kind: "org:program-suffix",
    weight: 4,
    apply: (a, { f }) => rewrite(a, "organizationName", (v) => `${v}${f.helpers.arrayElement([siteSeparator, " ", " - "])}${f.helpers.arrayElement(programs)}`),
  },
];
