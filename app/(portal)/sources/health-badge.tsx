import type { SourceHealthStatus } from "@/src/sources/list-source-health";

const tones: Record<SourceHealthStatus, string> = { healthy: "ok", syncing: "info", lagging: "warn", failing: "bad", paused: "muted" };

/** A source's status as a small label; the word carries the meaning, the colour only helps scanning a long list. */
export function HealthBadge({ status }: { status: SourceHealthStatus }) {
  return <span className={`badge ${tones[status]}`}>{status}</span>;
}
