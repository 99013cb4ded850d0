import { z } from "zod";
import { unsafeCharacterProblem } from "@/src/ingest/unsafe-characters";

/** The roles a person can hold, as the admin pages offer them: most powerful first. */
export const roles = ["ADMIN", "APPROVER", "STEWARD", "VIEWER"] as const;

/** A role chosen in a form; the message names the field, since a bad value only comes from a tampered form. */
export const roleField = (field: string) => z.enum(roles, { error: `${field}: choose Admin, Approver, Steward or Viewer.` });

/** Text people type into admin forms: NUL and broken Unicode cannot be stored, so they are refused by name. */
export const cleanText = (field: string, max: number) =>
  z
    .string({ error: `${field}: enter a value.` })
    .trim()
    .min(1, `${field}: enter a value.`)
    .max(max, `${field}: keep it to ${max} characters.`)
    .superRefine((value, ctx) => {
      const problem = unsafeCharacterProblem(value);
      if (problem) ctx.addIssue({ code: "custom", message: `${field} ${problem}.` });
    });

/**
 * An email as accounts are keyed: trimmed and lower-cased, because sign-in
 * matches `lower(email)` and two accounts differing only in case would be one
 * person able to sign in as either.
 */
export const emailField = z
  .string({ error: "Email: enter an email address." })
  .trim()
  .max(254, "Email: keep it to 254 characters.")
  .pipe(z.email({ error: "Email: enter a valid email address, such as anna@example.com." }))
  .transform((email) => email.toLowerCase());
