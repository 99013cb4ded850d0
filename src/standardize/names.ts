import { stripNameAffixes } from "./name-affixes";
import { titleCase } from "./text";

/**
 * A person's name as stored for display and matching: titles and
 * generational suffixes removed, title-cased when typed in one case.
 * Expects an already trimmed value.
 */
export function standardizePersonName(value: string): string {
  return titleCase(stripNameAffixes(value));
}
