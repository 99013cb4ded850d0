import { z } from "zod";
import { customerAttributesSchema } from "@/src/golden/attributes";

/** One customer as a source pushes it. */
export const incomingRecordSchema = z.strictObject({
  externalId: z.string().trim().min(1, "externalId is required").max(200),
  updatedAt: z.iso.datetime({ offset: true, message: "updatedAt must be an ISO 8601 date-time" }).optional(),
  attributes: customerAttributesSchema,
});

export type IncomingRecord = z.infer<typeof incomingRecordSchema>;
