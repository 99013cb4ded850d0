import type { z } from "zod";
import { AppError, fieldIssues } from "@/src/errors";

/** Parses an operation's input or throws VALIDATION_FAILED whose message lists every field's problem. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issues = fieldIssues(parsed.error.issues);
  throw new AppError("VALIDATION_FAILED", issues.map((i) => i.message).join(" "), issues);
}
