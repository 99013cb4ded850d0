import { closest, distance } from "fastest-levenshtein";
import { attributeNames, type AttributeName } from "@/src/golden/attributes";
import { invalidOptions } from "./invalid-options";

/** One CSV column and the canonical attribute its cells fill. */
export type ColumnMapping = { column: string; attribute: AttributeName };

function suggestion(name: string): string {
  const near = closest(name, attributeNames);
  return distance(name.toLowerCase(), near.toLowerCase()) <= 3 ? ` (did you mean '${near}'?)` : "";
}

/** Problems with the map are reported against the import's `map` option. */
const refuse = (problem: string) => invalidOptions({ map: "The column map" }, [{ path: "map", message: problem }]);

/**
 * Reads a column map, `<column>=<attribute>,...`. A typo in an attribute would
 * silently drop a whole column of data, so anything unknown, empty or mapped
 * twice is refused by name before a single row is read.
 */
export function parseColumnMap(text: string): ColumnMapping[] {
  const entries: { column: string; attribute: string }[] = [];
  for (const part of text.split(",")) {
    if (!part.trim()) continue;
    const at = part.lastIndexOf("=");
    const column = part.slice(0, Math.max(at, 0)).trim();
    const attribute = part.slice(at + 1).trim();
    if (at < 0 || !column || !attribute) {
      throw refuse(`entry '${part.trim()}' is not <column>=<attribute>.`);
    }
    entries.push({ column, attribute });
  }
  if (!entries.length) throw refuse('names no columns; give it as "<column>=<attribute>,...".');
  return checkColumnMappings(entries);
}

/**
 * Checks a column map given as a list (the portal's form, where a column
 * name may hold a comma) by the same rules as the text form: every attribute
 * known, none filled from two columns, at least one column mapped.
 */
export function checkColumnMappings(entries: readonly { column: string; attribute: string }[]): ColumnMapping[] {
  const mappings: ColumnMapping[] = [];
  for (const { column, attribute } of entries) {
    if (!column.trim()) throw refuse(`maps '${attribute}' from a column without a name.`);
    if (!(attributeNames as readonly string[]).includes(attribute)) {
      throw refuse(`names unknown attribute '${attribute}'${suggestion(attribute)}; known attributes: ${attributeNames.join(", ")}.`);
    }
    const twice = mappings.find((m) => m.attribute === attribute);
    if (twice) {
      throw refuse(`fills attribute '${attribute}' from both '${twice.column}' and '${column}'; keep one.`);
    }
    mappings.push({ column: column.trim(), attribute: attribute as AttributeName });
  }
  if (!mappings.length) throw refuse("names no columns; map at least one column to an attribute.");
  return mappings;
}
