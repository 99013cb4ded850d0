import type { Faker } from "@faker-js/faker";
import { rewrite, type Corruption } from "./corruption";
import type { Country } from "./locales";

const iso = /^(\d{4})-(\d{2})-(\d{2})$/;

function isRealDate(y: string, m: string, d: string): boolean {
  const date = new Date(`${y}-${m}-${d}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(`${y}-${m}-${d}`);
}

/** One digit of the date keyed wrong, still a real date, so nothing downstream can tell it is wrong. */
function dateSlip(f: Faker, value: string): string | null {
  const match = iso.exec(value);
  if (!match) return null;
  for (let tries = 0; tries < 10; tries++) {
    const at = f.helpers.arrayElement([2, 3, 5, 6, 8, 9]);
    const next = value.slice(0, at) + String(f.number.int({ min: 0, max: 9 })) + value.slice(at + 1);
    const [, y, m, d] = iso.exec(next) ?? [];
    if (next !== value && isRealDate(y, m, d)) return next;
  }
  return null;
}

/** The way a birth date is printed in each country; the US puts the month first. */
function localDate(country: Country, value: string): string | null {
  const match = iso.exec(value);
  if (!match) return null;
  const [, y, m, d] = match;
  if (country === "US") return `${m}/${d}/${y}`;
  if (country === "DE") return `${d}.${m}.${y}`;
  return `${d}/${m}/${y}`;
}

/** How birth dates drift: day and month swapped, one digit wrong, or the local spelling. */
export const dateCorruptions: Corruption[] = [
  {
    kind: "dob-day-month",
    weight: 2,
    apply: (a) =>
      rewrite(a, "dateOfBirth", (v) => {
        const [, y, m, d] = iso.exec(v) ?? [];
        return y && Number(d) <= 12 && d !== m ? `${y}-${d}-${m}` : null;
      }),
  },
  { kind: "dob-digit", weight: 2, apply: (a, { f }) => rewrite(a, "dateOfBirth", (v) => dateSlip(f, v)) },
  { kind: "date-format", weight: 4, apply: (a, { country }) => rewrite(a, "dateOfBirth", (v) => localDate(country, v)) },
];
