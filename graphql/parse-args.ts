import type { z } from "zod";
import { AppError, fieldIssues } from "@/src/errors";

/**
 * GraphQL checks argument types; this checks what the types cannot (lengths,
 * blank strings) and answers VALIDATION_FAILED naming each bad argument.
 */
export function parseArgs<T extends z.ZodType>(schema: T, args: unknown): z.infer<T> {
  const parsed = schema.safeParse(args);
  if (parsed.success) return parsed.data;
  const issues = fieldIssues(parsed.error.issues);
  throw new AppError("VALIDATION_FAILED", `Invalid arguments: ${issues.map((i) => `${i.path}: ${i.message}`).join("; ")}`, issues);
}
