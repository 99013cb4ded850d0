/** An entered whole number as a number, blank as absent, anything else as typed, so the refusal names the field instead of a blank being read as zero. */
function wholeNumber(value: FormDataEntryValue | null): number | string | undefined {
  const text = typeof value === "string" ? value.trim() : "";
  if (!text) return undefined;
  return /^\d+$/.test(text) ? Number(text) : text;
}

/** The rotation's overlap in hours; blank leaves the hub's default. */
export function overlapInput(form: FormData): number | string | undefined {
  return wholeNumber(form.get("overlapHours"));
}

/**
 * Where a replay starts. The page shows and asks for times in UTC, and a
 * browser's date-time field sends one without a zone, so it is read as UTC
 * here rather than in the server's own zone. A sequence stays text: it can
 * outgrow a JavaScript number.
 */
export function replayInput(form: FormData): { since?: string; sinceSequence?: string } {
  const since = typeof form.get("since") === "string" ? String(form.get("since")).trim() : "";
  const sequence = typeof form.get("sinceSequence") === "string" ? String(form.get("sinceSequence")).trim() : "";
  return {
    ...(since ? { since: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(since) ? `${since}Z` : since } : {}),
    ...(sequence ? { sinceSequence: sequence } : {}),
  };
}
