import { formatTime } from "@/app/components/format";
import type { Standing } from "./standing";

const labels = { active: "active", failing: "failing", disabled: "disabled" } as const;
const tones = { active: "ok", failing: "warn", disabled: "bad" } as const;

/** A subscriber's standing as a badge and, when it is not simply active, why and since when; the words carry it, the colour helps scanning. */
export function StandingBadge({ standing }: { standing: Standing }) {
  const tone = standing.kind === "disabled" && !standing.byHub ? "muted" : tones[standing.kind];
  return (
    <span className="subscriber-standing">
      <span className={`badge ${tone}`}>{labels[standing.kind]}</span>
      {standing.kind === "failing" && <span className="small">every delivery failing since {formatTime(standing.since)}</span>}
      {standing.kind === "disabled" && (
        <span className="small">
          {standing.byHub && <strong>Disabled by the hub: </strong>}
          <bdi>{standing.reason}</bdi>
          {standing.since && <span className="muted"> · since {formatTime(standing.since)}</span>}
        </span>
      )}
    </span>
  );
}
