import type { Principal } from "@/src/auth/principal";
import { SUBSCRIBER_URL_MAX } from "@/src/distribution/subscribers/subscriber-settings";
import { hubEventTypes, subscriberEntityTypes } from "@/src/distribution/subscribers/event-types";
import { attributeNames } from "@/src/golden/attributes";
import { listSources } from "@/src/sources/list-sources";
import { attributeLabel } from "@/app/components/format";

/** One choice in a checkbox group or select: the value sent and the words shown. */
export type Option = { value: string; label: string };

/** The choices a subscriber form offers, read on the server and handed to the form, so the browser gets plain lists and no server code. */
export type SubscriberOptions = { eventTypes: Option[]; entityTypes: Option[]; sources: Option[]; attributes: Option[]; urlMax: number };

const entityLabels: Record<string, string> = { person: "people", organization: "organizations" };

/** The event types and kinds the hub emits, the registered sources and the canonical attributes: exactly what the subscriber's filters accept. */
export async function subscriberOptions(principal: Principal): Promise<SubscriberOptions> {
  const sources = await listSources({ principal });
  return {
    eventTypes: hubEventTypes.map((t) => ({ value: t, label: t })),
    entityTypes: subscriberEntityTypes.map((t) => ({ value: t, label: entityLabels[t] ?? t })),
    sources: sources.map((s) => ({ value: s.key, label: `${s.name} (${s.key})` })),
    attributes: attributeNames.map((a) => ({ value: a, label: attributeLabel(a) })),
    urlMax: SUBSCRIBER_URL_MAX,
  };
}
