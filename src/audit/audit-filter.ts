import { z } from "zod";
import { fieldIssues, type FieldIssue } from "@/src/errors";
import { isRecordId } from "@/src/ids";
import { unsafeCharacterProblem } from "@/src/ingest/unsafe-characters";

const text = (field: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `${field}: keep it to ${max} characters.`)
    .refine((v) => !unsafeCharacterProblem(v), `${field}: remove the control characters.`)
    .transform((v) => v || undefined);

const day = (field: string) =>
  z
    .string()
    .trim()
    .refine((v) => v === "" || (/^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`))), `${field}: enter a date as YYYY-MM-DD.`)
    .transform((v) => v || undefined);

const fields = {
  actor: text("Actor", 200),
  action: text("Action", 100),
  targetType: text("Target type", 100),
  targetId: z.string().trim().refine((v) => v === "" || isRecordId(v), "Target: not an id the hub makes.").transform((v) => v || undefined),
  q: text("Target id contains", 200),
  from: day("From"),
  to: day("To"),
};

/** What the audit page and its CSV export narrow the log by; every field optional, all of them combined. */
export type AuditFilter = { [K in keyof typeof fields]?: string };

/**
 * Reads a filter from search parameters field by field, so one mistyped
 * field is reported by name and dropped while the others still apply.
 */
export function parseAuditFilter(params: Record<string, string | string[] | undefined>): { filter: AuditFilter; issues: FieldIssue[] } {
  const filter: AuditFilter = {};
  const issues: FieldIssue[] = [];
  for (const [name, schema] of Object.entries(fields) as [keyof AuditFilter, (typeof fields)[keyof AuditFilter]][]) {
    const raw = params[name];
    const parsed = schema.safeParse(Array.isArray(raw) ? raw[0] : (raw ?? ""));
    if (parsed.success) filter[name] = parsed.data;
    else issues.push(...fieldIssues(parsed.error.issues.map((i) => ({ ...i, path: [name] }))));
  }
  if (filter.from && filter.to && filter.from > filter.to) {
    issues.push({ path: "to", message: "To: choose a date on or after From." });
    delete filter.to;
  }
  return { filter, issues };
}
