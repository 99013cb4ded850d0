import { z } from "zod";
import type { CustomerAttributes } from "@/src/golden/attributes";
import { env } from "@/src/env";

const fraction = z.number().min(0).max(1);

/**
 * One entity type's bars. `sameSource` is the auto-merge bar for a second
 * record of a source declared to keep one record per customer: there a
 * duplicate contradicts the source's own rule, so it takes more evidence. A
 * version saved before the bar existed reads with the configured default.
 */
const band = z
  .object({ auto: fraction, review: fraction, sameSource: fraction.optional() })
  .refine((b) => b.review <= b.auto, { message: "the review threshold must not be above the auto-merge threshold" })
  .refine((b) => b.sameSource === undefined || b.sameSource >= b.auto, {
    path: ["sameSource"],
    message: "the within-source bar must not be below the auto-merge threshold",
  })
  .transform((b) => ({ ...b, sameSource: b.sameSource ?? Math.max(b.auto, env.MATCH_SAME_SOURCE_THRESHOLD) }));

/** Auto-merge and review thresholds per entity type: organizations and people warrant different certainty. */
export const thresholdsSchema = z.strictObject({ person: band, organization: band });

export type EntityThresholds = z.output<typeof thresholdsSchema>;
export type EntityType = keyof EntityThresholds;

/** The thresholds a hub starts with, from configuration. */
export function defaultThresholds(): EntityThresholds {
  const b = { auto: env.MATCH_AUTO_THRESHOLD, review: env.MATCH_REVIEW_THRESHOLD, sameSource: Math.max(env.MATCH_AUTO_THRESHOLD, env.MATCH_SAME_SOURCE_THRESHOLD) };
  return { person: b, organization: b };
}

/** A record names an organization when it has an organization name and no person's name. */
export function entityTypeOf(a: CustomerAttributes): EntityType {
  return a.organizationName && !a.firstName && !a.lastName ? "organization" : "person";
}
