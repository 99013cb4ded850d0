import type { SubscriberView } from "@/src/distribution/subscribers/subscriber-view";
import { attributeLabel } from "@/app/components/format";

const payloadStyles: Record<string, string> = { FULL: "full record", THIN: "changed values only" };

/** How a payload style reads to someone choosing or checking one. */
export const payloadStyleLabel = (style: string) => payloadStyles[style] ?? style.toLowerCase();

type Settings = Pick<SubscriberView, "eventTypes" | "sourceKeys" | "entityTypes" | "attributes" | "payloadStyle">;

/**
 * What a subscriber is sent, in one glance: which events, narrowed how, in
 * which payload. An empty filter means everything, and says so, since an
 * empty cell would read as "nothing".
 */
export function FilterSummary({ subscriber }: { subscriber: Settings }) {
  const filters = [
    subscriber.sourceKeys.length > 0 && { label: "sources", values: subscriber.sourceKeys },
    subscriber.entityTypes.length > 0 && { label: "entity types", values: subscriber.entityTypes },
    subscriber.attributes.length > 0 && { label: "when changed", values: subscriber.attributes.map(attributeLabel) },
  ].filter((f): f is { label: string; values: string[] } => Boolean(f));
  return (
    <span className="subscriber-filters">
      <span>{subscriber.eventTypes.length ? subscriber.eventTypes.join(", ") : "every event type"}</span>
      {filters.length ? (
        filters.map((f) => (
          <span key={f.label} className="small">
            <span className="muted">{f.label}:</span> <bdi>{f.values.join(", ")}</bdi>
          </span>
        ))
      ) : (
        <span className="small muted">no filters: every customer, every change</span>
      )}
      <span className="small">
        <span className="muted">payload:</span> {payloadStyleLabel(subscriber.payloadStyle)}
      </span>
    </span>
  );
}
