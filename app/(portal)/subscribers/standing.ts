import type { SubscriberView } from "@/src/distribution/subscribers/subscriber-view";

/**
 * Where a subscriber stands, in the words the pages use. `byHub` tells a
 * subscriber the hub switched off (a 410, a day of failures, a refused
 * address) from one an admin disabled: the first needs someone to act.
 */
export type Standing =
  | { kind: "active" }
  | { kind: "failing"; since: Date }
  | { kind: "disabled"; byHub: boolean; reason: string; since: Date | null };

// `setSubscriberEnabled` records an admin's disabling as "disabled by <who>"; the sender always gives its own reason
// (a 410, a failing day, a refused address). No reason at all is neither: someone switched it off outside the hub.
const ADMIN_REASON = /^disabled by /;

/** A subscriber's standing, read from the columns the sender and the admin actions write. */
export function standingOf(s: Pick<SubscriberView, "active" | "disabledReason" | "disabledAt" | "failingSince">): Standing {
  if (!s.active) {
    const byHub = s.disabledReason !== null && !ADMIN_REASON.test(s.disabledReason);
    return { kind: "disabled", byHub, reason: s.disabledReason ?? "disabled, no reason recorded", since: s.disabledAt };
  }
  if (s.failingSince) return { kind: "failing", since: s.failingSince };
  return { kind: "active" };
}

const troubleSince = (s: Standing) => (s.kind === "failing" ? s.since.getTime() : s.kind === "disabled" ? (s.since?.getTime() ?? 0) : 0);

/** The subscribers someone should look at now, newest trouble first: switched off by the hub, or failing and heading that way. */
export function inTrouble<S extends Pick<SubscriberView, "active" | "disabledReason" | "disabledAt" | "failingSince">>(subscribers: S[]): { subscriber: S; standing: Standing }[] {
  return subscribers
    .map((subscriber) => ({ subscriber, standing: standingOf(subscriber) }))
    .filter(({ standing }) => standing.kind === "failing" || (standing.kind === "disabled" && standing.byHub))
    .sort((a, b) => troubleSince(b.standing) - troubleSince(a.standing));
}
