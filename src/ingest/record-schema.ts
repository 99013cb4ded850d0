import { z } from "zod";
import { attributeNames, customerAttributesSchema } from "@/src/golden/attributes";
import { unidentifiableProblem } from "@/src/standardize/check-record";
import { unsafeCharacterProblem } from "./unsafe-characters";

const safeText = (value: string, ctx: z.RefinementCtx) => {
  const problem = unsafeCharacterProblem(value);
  if (problem) ctx.addIssue({ code: "custom", message: problem });
};

/**
 * The attributes, each value free of characters the database cannot store or
 * that mean corrupted text, and naming someone a person can see. Refining each
 * value (not the object) names the attribute at fault and still runs when a
 * neighbouring value is too long.
 */
const attributesSchema = customerAttributesSchema
  .extend(
    Object.fromEntries(attributeNames.map((n) => [n, customerAttributesSchema.shape[n].unwrap().superRefine(safeText).optional()])) as typeof customerAttributesSchema.shape,
  )
  .superRefine((attributes, ctx) => {
    // A record already refused for a value's type or characters needs no second reason, and those values are not safe to read.
    if (!Object.values(attributes).every((v) => v === undefined || (typeof v === "string" && !unsafeCharacterProblem(v)))) return;
    const problem = unidentifiableProblem(attributes);
    if (problem) ctx.addIssue({ code: "custom", path: [problem.attribute], message: problem.message });
  });

/** One customer as a source pushes it. */
export const incomingRecordSchema = z.strictObject({
  externalId: z.string().trim().min(1, "externalId is required").max(200).superRefine(safeText),
  updatedAt: z.iso
    .datetime({ offset: true, message: "updatedAt must be an ISO 8601 date-time", abort: true })
    // A change dated ahead would make every real later change look stale; an hour allows for clocks that drift.
    .refine((at) => Date.parse(at) <= Date.now() + 3_600_000, "updatedAt lies in the future; send the time the source changed the record")
    .optional(),
  /** false when the source deleted, blocked or archived the record: the hub keeps it, marked, out of its golden record; absent means true */
  active: z.boolean({ error: "active must be true or false" }).optional(),
  attributes: attributesSchema,
});

export type IncomingRecord = z.infer<typeof incomingRecordSchema>;
