import type { CustomerAttributes } from "@/src/golden/attributes";
import type { Country } from "./locales";

export type SourceKey = "crm" | "erp" | "csv";

/** A different customer built to resemble an earlier one: the hard negatives that test precision. */
export type Lookalike = { entityId: string; relation: string };

/** One real-world customer: the truth every copy in the sources was taken from. */
export type TrueEntity = {
  entityId: string;
  kind: "person" | "organization";
  country: Country;
  attributes: CustomerAttributes;
  lookalikeOf?: Lookalike;
};

/**
 * One record as a source holds it, with the answer key: `entityId` and
 * `corruptions` are for scoring only and never reach Goldenhub.
 */
export type BenchRecord = {
  source: SourceKey;
  externalId: string;
  entityId: string;
  updatedAt: string;
  attributes: CustomerAttributes;
  corruptions: string[];
  lookalikeOf?: Lookalike;
};
