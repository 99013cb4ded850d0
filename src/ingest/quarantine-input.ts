import { z } from "zod";
import { AppError, fieldIssues } from "@/src/errors";
import { isRecordId } from "@/src/ids";

const id = (what: string) => z.string({ message: `${what}: reload the page and choose again` }).refine(isRecordId, `${what}: reload the page and choose again`);

/** What a steward's quarantine actions take, validated before any row is touched. */
export const quarantineInput = {
  rejectedRecordId: id("rejectedRecordId"),
  sourceId: id("sourceId"),
  reason: z
    .string({ message: "reason: say why the record is dismissed" })
    .trim()
    .min(1, "reason: say why the record is dismissed")
    .max(500, "reason: keep it under 500 characters"),
};

/** Parses a quarantine action's input or throws VALIDATION_FAILED naming each field at fault. */
export function parseQuarantineInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issues = fieldIssues(parsed.error.issues);
  throw new AppError("VALIDATION_FAILED", issues.map((i) => i.message).join(" "), issues);
}
