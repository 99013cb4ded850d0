/** The field separators a CSV export uses in practice: comma, semicolon (Excel in most of Europe) and tab. */
export const csvDelimiters = [",", ";", "\t"] as const;
export type CsvDelimiter = (typeof csvDelimiters)[number];

/** How a delimiter is named to a person, in messages and on the preview. */
export const delimiterNames: Record<CsvDelimiter, string> = { ",": "comma", ";": "semicolon", "\t": "tab" };

/**
 * Picks the delimiter of a file from its header line: the candidate that
 * occurs most often outside quotes. Header names seldom hold a delimiter, so
 * the count is decisive; a tie or a one-column header falls back to comma,
 * the behaviour every file had before detection existed.
 */
export function detectDelimiter(headerLine: string): CsvDelimiter {
  const counts: Record<CsvDelimiter, number> = { ",": 0, ";": 0, "\t": 0 };
  let quoted = false;
  for (const char of headerLine) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && char in counts) counts[char as CsvDelimiter] += 1;
  }
  let best: CsvDelimiter = ",";
  for (const d of csvDelimiters) if (counts[d] > counts[best]) best = d;
  return best;
}

/**
 * The header line of a file's first bytes: everything up to the first line
 * break outside quotes (a quoted header name may span lines), without a BOM.
 */
export function firstLineOf(text: string): string {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let quoted = false;
  for (let i = start; i < text.length; i += 1) {
    const char = text[i];
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === "\n" || char === "\r")) return text.slice(start, i);
  }
  return text.slice(start);
}
