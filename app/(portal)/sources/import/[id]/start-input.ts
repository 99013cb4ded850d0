import type { FieldIssue } from "@/src/errors";

/** The source select's value for "a new source": the key is then the text field's. */
export const NEW_SOURCE = "__new__";

/** What the mapping form shows again after a refusal, exactly as it was chosen. */
export type MappingValues = { source: string; sourceKey: string; idColumn: string; country: string; columns: string[] };

/**
 * Reads the mapping form into the import's input: one attribute (or null
 * for "ignore") per column by its place in the header, since a header name
 * may be anything, including empty; the id column by its place too.
 */
export function startInputOf(form: FormData) {
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" ? value : "";
  };
  const columns: (string | null)[] = [];
  for (const [name, value] of form.entries()) {
    const place = /^columns\.(\d{1,4})$/.exec(name);
    if (place && typeof value === "string") columns[Number(place[1])] = value || null;
  }
  const newSource = text("source") === NEW_SOURCE;
  const idColumn = text("idColumn");
  return {
    sourceKey: newSource ? text("sourceKey") : text("source"),
    newSource,
    columns: Array.from(columns, (c) => c ?? null),
    idColumn: idColumn === "" ? null : /^\d{1,4}$/.test(idColumn) ? Number(idColumn) : -1,
    country: text("country"),
  };
}

/** The issues about one field of the form, by its name there. */
export function issuesOf(issues: FieldIssue[], name: string): string[] {
  return issues.filter((i) => i.path === name).map((i) => i.message);
}
