import { z } from "zod";
import type { CustomerAttributes } from "@/src/golden/attributes";
import { env } from "@/src/env";

const band = z
  .object({ auto: z.number().min(0).max(1), review: z.number().min(0).max(1) })
  .refine((b) => b.review <= b.auto, { message: "the review threshold must not be above the auto-merge threshold" });

/** Auto-merge and review thresholds per entity type: organizations and people warrant different certainty. */
export const thresholdsSchema = z.strictObject({ person: band, organization: band });

export type EntityThresholds = z.infer<typeof thresholdsSchema>;
export type EntityType = keyof EntityThresholds;

/** The thresholds a hub starts with, from configuration. */
export function defaultThresholds(): EntityThresholds {
  const b = { auto: env.MATCH_AUTO_THRESHOLD, review: env.MATCH_REVIEW_THRESHOLD };
  return { person: b, organization: b };
}

/** A record names an organization when it has an organization name and no person's name. */
export function entityTypeOf(a: CustomerAttributes): EntityType {
  return a.organizationName && !a.firstName && !a.lastName ? "organization" : "person";
}
