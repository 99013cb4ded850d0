import { Faker, base, de, en, en_GB, en_US, fr, nl } from "@faker-js/faker";

/** The countries customers come from, each with its own faker so names, streets and phones look local. */
export const countries = ["US", "DE", "FR", "NL", "GB"] as const;

export type Country = (typeof countries)[number];

/** Roughly how a European-American customer base splits; the US is the largest single market. */
export const countryWeights: Record<Country, number> = { US: 30, DE: 25, FR: 15, NL: 15, GB: 15 };

const definitions = {
  US: [en_US, en, base],
  DE: [de, en, base],
  FR: [fr, en, base],
  NL: [nl, en, base],
  GB: [en_GB, en, base],
} as const;

export type Fakers = Record<Country, Faker>;

/** Ages and "last updated" dates count back from this day, not from today, so a seed means the same data next year. */
const referenceDate = "2026-01-01T00:00:00.000Z";

/**
 * Fresh faker instances seeded from one number, so two runs with one seed
 * produce the same customers no matter what else used faker in the process.
 */
export function createFakers(seed: number): { control: Faker; byCountry: Fakers } {
  const control = new Faker({ locale: [en, base] });
  control.seed(seed);
  control.setDefaultRefDate(referenceDate);
  const byCountry = Object.fromEntries(
    countries.map((c, i) => {
      const f = new Faker({ locale: [...definitions[c]] });
      f.seed(seed * 31 + i + 1);
      f.setDefaultRefDate(referenceDate);
      return [c, f];
    }),
  ) as Fakers;
  return { control, byCountry };
}

/** Free-mail providers people actually use per country, for personal addresses and for changed domains. */
export const mailProviders: Record<Country, string[]> = {
  US: ["gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "aol.com", "icloud.com"],
  DE: ["gmail.com", "web.de", "gmx.de", "t-online.de", "gmx.net", "outlook.de"],
  FR: ["gmail.com", "orange.fr", "free.fr", "laposte.net", "hotmail.fr", "sfr.fr"],
  NL: ["gmail.com", "ziggo.nl", "kpnmail.nl", "hotmail.com", "outlook.com", "live.nl"],
  GB: ["gmail.com", "btinternet.com", "hotmail.co.uk", "yahoo.co.uk", "sky.com", "outlook.com"],
};
