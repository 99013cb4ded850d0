/**
 * A key for a new source named after the uploaded file ("Kunden März
 * 2026.csv" → "kunden-marz-2026"), so the common case of one source per
 * export needs no typing; the admin may change it before starting.
 */
export function suggestSourceKey(fileName: string): string {
  const slug = fileName
    .replace(/\.[A-Za-z0-9]{1,4}$/, "")
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/ß/g, "ss")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 50)
    .replace(/-+$/, "");
  return slug || "csv-import";
}
