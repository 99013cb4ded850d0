import type { MatchModelRow } from "@/src/matching/model/list-match-models";

const tones: Record<MatchModelRow["status"], string> = { ACTIVE: "ok", DRAFT: "warn", RETIRED: "muted" };

/** A draft waits for a decision, so it stands out from retired versions that only record history. */
export function ModelStatusBadge({ status }: { status: MatchModelRow["status"] }) {
  return <span className={`badge ${tones[status]}`}>{status.toLowerCase()}</span>;
}
