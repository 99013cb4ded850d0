import type { IngestDecisions as Decisions } from "@/src/operations/count-ingest-decisions";
import { formatCount } from "@/app/components/format";
import { StackedBar } from "@/app/components/stacked-bar";

/** What matching decided for new records (linked, sent to review, created) as shares of one bar, with what else happened to the rest. */
export function IngestDecisions({ decisions, days }: { decisions: Decisions; days: number }) {
  const { batches, linked, review, created, updated, unchanged, stale, rejected } = decisions;
  if (!batches) return <p className="empty">No batch arrived in the last {days} days.</p>;
  return (
    <>
      <StackedBar
        caption={`Records new to the hub in the last ${days} days`}
        series={[
          { name: "auto-linked", tone: "tone-1" },
          { name: "sent to review", tone: "tone-2" },
          { name: "new golden record", tone: "tone-3" },
        ]}
        values={[linked, review, created]}
      />
      <p className="muted small chart-note">
        Besides, in {formatCount(batches)} batches: {formatCount(updated)} updates, {formatCount(unchanged)} unchanged, {formatCount(stale)} stale (older than what was stored),{" "}
        {formatCount(rejected)} quarantined.
      </p>
    </>
  );
}
