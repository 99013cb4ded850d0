import Link from "next/link";
import type { SubscriberView } from "@/src/distribution/subscribers/subscriber-view";
import { standingOf } from "./standing";

/**
 * Says loudly that the hub switched subscribers off (a 410, a day of
 * failures, an address the guard refused) and what brings them back: their
 * events wait, undelivered, until someone fixes the receiver and enables them.
 */
export function HubDisabledBanner({ subscribers }: { subscribers: SubscriberView[] }) {
  const disabled = subscribers.flatMap((s) => {
    const standing = standingOf(s);
    return standing.kind === "disabled" && standing.byHub ? [{ s, reason: standing.reason }] : [];
  });
  if (!disabled.length) return null;
  return (
    <div className="notice warn subscriber-banner" role="alert">
      <p>
        <strong>
          The hub disabled {disabled.length === 1 ? "a subscriber" : `${disabled.length} subscribers`}; {disabled.length === 1 ? "it receives" : "they receive"} nothing until enabled again.
        </strong>{" "}
        Fix the receiver or its address (or the allowlist), then enable it on its page: its waiting deliveries go out at once.
      </p>
      <ul className="plain">
        {disabled.map(({ s, reason }) => (
          <li key={s.id}>
            <Link href={`/subscribers/${s.id}`}>
              <bdi>{s.name}</bdi>
            </Link>
            : <bdi>{reason}</bdi>
          </li>
        ))}
      </ul>
    </div>
  );
}
