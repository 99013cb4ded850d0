/**
 * Recognises, from a file's first bytes, what is surely not a CSV text the
 * hub can read, so the person learns it after one chunk instead of after
 * uploading 200 MB. Returns the problem in words, or null when the start
 * looks like text.
 */
export function sniffFileStart(bytes: Uint8Array): string | null {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts(0x50, 0x4b, 0x03, 0x04)) return "is a zip archive (an Excel .xlsx workbook?), not CSV text; in Excel use Save As → \"CSV UTF-8 (comma delimited)\".";
  if (starts(0xd0, 0xcf, 0x11, 0xe0)) return "is an old Excel .xls workbook, not CSV text; in Excel use Save As → \"CSV UTF-8 (comma delimited)\".";
  if (starts(0xff, 0xfe) || starts(0xfe, 0xff)) return "is UTF-16 text (Excel's \"Unicode Text\"); save it as \"CSV UTF-8 (comma delimited)\" instead.";
  if (starts(0x1f, 0x8b)) return "is gzip-compressed; unpack it and upload the CSV inside.";
  if (bytes.subarray(0, 1024).includes(0)) return "holds NUL bytes at its start, so it is not a text file.";
  return null;
}
