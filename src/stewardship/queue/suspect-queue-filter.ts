import { z } from "zod";

/** The orders a steward can work the queue in; each is a keyset order with the suspect id as tie-breaker. */
export const queueSorts = ["score-desc", "score-asc", "oldest", "newest"] as const;
export type QueueSort = (typeof queueSorts)[number];

/**
 * Which open suspects a steward sees. The same filter narrows the list, finds
 * the next suspect for j/k and skip, and picks what a bulk merge acts on, so
 * "merge everything above 97% in this filter" means exactly the rows shown.
 */
export const suspectQueueFilterSchema = z.object({
  minScore: z.number({ message: "minScore must be a number" }).min(0, "minScore must be at least 0").max(1, "minScore must be at most 1").optional(),
  maxScore: z.number({ message: "maxScore must be a number" }).min(0, "maxScore must be at least 0").max(1, "maxScore must be at most 1").optional(),
  /** either golden record has an active source record of this source (its key) */
  source: z.string().min(1).max(64, "source must be a source key of at most 64 characters").optional(),
  entity: z.enum(["person", "organization"], { message: "entity must be person or organization" }).optional(),
  /** only suspects assigned to this user */
  assigneeId: z.string().min(1).max(128).optional(),
  /** only suspects nobody has taken */
  unassigned: z.boolean().optional(),
  /** only suspects deferred into the future; without it they are left out until their time comes */
  deferred: z.boolean().optional(),
  /** a name (3 characters or more), a full email address or a phone number */
  search: z.string().trim().min(3, "search needs at least 3 characters").max(200, "search must be at most 200 characters").optional(),
});

export type SuspectQueueFilter = z.infer<typeof suspectQueueFilterSchema>;
