import type { DeliveryHealth as Health } from "@/src/operations/count-delivery-health";
import { formatCount, formatTime } from "@/app/components/format";
import { formatAge } from "@/app/components/format-age";
import { StackedBar } from "@/app/components/stacked-bar";

/** Deliveries by state and the oldest one still waiting, the figure that shows a subscriber falling behind. */
export function DeliveryHealth({ health, now }: { health: Health; now: Date }) {
  const { pending, failed, succeeded, oldestPendingAt } = health;
  if (!pending && !failed && !succeeded) return <p className="empty">No delivery yet: add a subscriber to receive change events.</p>;
  return (
    <>
      <dl className="mini-figures">
        <div className={pending ? "warn" : undefined}>
          <dt>Pending</dt>
          <dd>{formatCount(pending)}</dd>
        </div>
        <div className={failed ? "bad" : undefined}>
          <dt>Failed</dt>
          <dd>{formatCount(failed)}</dd>
        </div>
        <div>
          <dt>Succeeded</dt>
          <dd>{formatCount(succeeded)}</dd>
        </div>
        <div>
          <dt>Oldest pending</dt>
          <dd title={oldestPendingAt ? formatTime(oldestPendingAt) : undefined}>{oldestPendingAt ? formatAge(now.getTime() - oldestPendingAt.getTime()) : "none waiting"}</dd>
        </div>
      </dl>
      <StackedBar
        caption="Deliveries by state"
        series={[
          { name: "succeeded", tone: "tone-1" },
          { name: "pending", tone: "tone-2" },
          { name: "failed", tone: "tone-4" },
        ]}
        values={[succeeded, pending, failed]}
      />
    </>
  );
}
