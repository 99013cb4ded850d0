import { AppError, type FieldIssue } from "@/src/errors";

/**
 * Refuses options of an import by their field names, with a message in the
 * domain's words. Each issue's `message` is the problem alone ("is required"),
 * so a caller that calls the field something else (the CLI's flags) can put
 * its own name in front and show the person the words they typed.
 */
export function invalidOptions(subjects: Record<string, string>, issues: FieldIssue[]): AppError {
  const message = issues.map((i) => `${subjects[i.path] ?? i.path} ${i.message}`).join("; ");
  return new AppError("BAD_REQUEST", message, issues);
}
