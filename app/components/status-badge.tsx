const tones: Record<string, string> = {
  ACTIVE: "ok",
  SUCCEEDED: "ok",
  MERGED: "muted",
  DELETED: "muted",
  NOT_DUPLICATE: "muted",
  OPEN: "warn",
  PENDING: "warn",
  FAILED: "bad",
};

/** A status as a small coloured label; the text carries the meaning, the colour only helps scanning. */
export function StatusBadge({ status }: { status: string }) {
  return <span className={`badge ${tones[status] ?? "muted"}`}>{status.replace("_", " ").toLowerCase()}</span>;
}
