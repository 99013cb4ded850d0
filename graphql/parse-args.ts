import type { z } from "zod";
import { AppError, fieldIssues, type FieldIssue } from "@/src/errors";
import { unsafeCharacterProblem } from "@/src/ingest/unsafe-characters";

/** String arguments holding what no text holds (NUL, half a surrogate pair, control characters), which must not reach the database. */
function unsafeStrings(value: unknown, path: string[]): FieldIssue[] {
  if (typeof value === "string") {
    const problem = unsafeCharacterProblem(value);
    return problem ? [{ path: path.join(".") || "(root)", message: problem }] : [];
  }
  if (value && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => unsafeStrings(v, [...path, k]));
  return [];
}

/**
 * GraphQL checks argument types; this checks what the types cannot (lengths,
 * blank strings, characters no text holds) and answers BAD_USER_INPUT (VALIDATION_FAILED in the domain)
 * naming each bad argument.
 */
export function parseArgs<T extends z.ZodType>(schema: T, args: unknown): z.infer<T> {
  const unsafe = unsafeStrings(args, []);
  if (unsafe.length) {
    throw new AppError("VALIDATION_FAILED", `Invalid arguments: ${unsafe.map((i) => `${i.path}: ${i.message}`).join("; ")}`, unsafe);
  }
  const parsed = schema.safeParse(args);
  if (parsed.success) return parsed.data;
  const issues = fieldIssues(parsed.error.issues);
  throw new AppError("VALIDATION_FAILED", `Invalid arguments: ${issues.map((i) => `${i.path}: ${i.message}`).join("; ")}`, issues);
}
