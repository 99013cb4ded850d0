/** The start of a long text (an error, a response body) for a table cell; the whole text goes in the cell's title. */
export function excerpt(text: string, max = 140): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
